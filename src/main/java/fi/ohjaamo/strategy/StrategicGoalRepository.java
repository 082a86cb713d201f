package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicGoalRepository extends JpaRepository<StrategicGoal, UUID> {

	List<StrategicGoal> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<StrategicGoal> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
