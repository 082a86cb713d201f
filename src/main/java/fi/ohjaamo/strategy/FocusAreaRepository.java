package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FocusAreaRepository extends JpaRepository<FocusArea, UUID> {

	List<FocusArea> findByStrategyIdAndOrganisationIdOrderBySortOrderAsc(UUID strategyId, UUID organisationId);

	Optional<FocusArea> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<FocusArea> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

}
