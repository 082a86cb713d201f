package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, UUID> {

	List<Action> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	List<Action> findByOrganisationIdAndGoalIdOrderBySortOrderAsc(UUID organisationId, UUID goalId);

	Optional<Action> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Action> findBySwotItemIdIn(List<UUID> swotItemIds);

	long countByOrganisationId(UUID organisationId);

}
