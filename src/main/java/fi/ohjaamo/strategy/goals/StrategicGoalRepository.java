package fi.ohjaamo.strategy.goals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface StrategicGoalRepository extends Repository<StrategicGoal, UUID> {

	List<StrategicGoal> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<StrategicGoal> findByIdAndOrganisationId(UUID id, UUID organisationId);

	StrategicGoal saveAndFlush(StrategicGoal goal);

}
