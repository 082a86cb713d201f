package fi.ohjaamo.strategy.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface SpearheadThemeRepository extends Repository<SpearheadTheme, UUID> {

	List<SpearheadTheme> findByProgrammeIdAndOrganisationIdOrderBySortOrderAsc(UUID programmeId, UUID organisationId);

	List<SpearheadTheme> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	Optional<SpearheadTheme> findByIdAndOrganisationId(UUID id, UUID organisationId);

	SpearheadTheme save(SpearheadTheme theme);

	SpearheadTheme saveAndFlush(SpearheadTheme theme);

	void flush();

}
