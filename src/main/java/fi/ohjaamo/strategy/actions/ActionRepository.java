package fi.ohjaamo.strategy.actions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface ActionRepository extends Repository<Action, UUID> {

	List<Action> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	List<Action> findByOrganisationIdAndGoalIdOrderBySortOrderAsc(UUID organisationId, UUID goalId);

	Optional<Action> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Action> findByOrganisationIdAndSwotItemIdIn(UUID organisationId, Collection<UUID> swotItemIds);

	long countByOrganisationId(UUID organisationId);

	Action saveAndFlush(Action action);

	void delete(Action action);

	void flush();

}
