package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityGoalRepository extends JpaRepository<CityGoal, UUID> {

	List<CityGoal> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

}
