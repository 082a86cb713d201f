package fi.ohjaamo.strategy.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface WorksiteRepository extends Repository<Worksite, UUID> {

	List<Worksite> findByThemeIdAndOrganisationIdOrderBySortOrderAsc(UUID themeId, UUID organisationId);

	List<Worksite> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	Optional<Worksite> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Worksite save(Worksite worksite);

	Worksite saveAndFlush(Worksite worksite);

	void flush();

}
