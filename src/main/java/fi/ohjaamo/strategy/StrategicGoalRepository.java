package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface StrategicGoalRepository extends Repository<StrategicGoal, UUID> {

	List<StrategicGoal> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<StrategicGoal> findByIdAndOrganisationId(UUID id, UUID organisationId);

	StrategicGoal saveAndFlush(StrategicGoal goal);

}
