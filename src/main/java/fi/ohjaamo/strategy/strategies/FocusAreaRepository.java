package fi.ohjaamo.strategy.strategies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface FocusAreaRepository extends Repository<FocusArea, UUID> {

	List<FocusArea> findByStrategyIdAndOrganisationIdOrderBySortOrderAsc(UUID strategyId, UUID organisationId);

	Optional<FocusArea> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<FocusArea> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	FocusArea saveAndFlush(FocusArea area);

	void flush();

}
