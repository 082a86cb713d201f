package fi.ohjaamo.strategy.indicators;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface IndicatorRepository extends Repository<Indicator, UUID> {

	List<Indicator> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<Indicator> findByIdAndOrganisationId(UUID id, UUID organisationId);

	boolean existsByOrganisationId(UUID organisationId);

	List<Indicator> findByOrganisationIdAndGoalIdOrderByNameAsc(UUID organisationId, UUID goalId);

	List<Indicator> findByOrganisationIdAndFocusAreaIdOrderByNameAsc(UUID organisationId, UUID focusAreaId);

	Indicator saveAndFlush(Indicator indicator);

	void delete(Indicator indicator);

	void flush();

}
