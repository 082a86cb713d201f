package fi.ohjaamo.strategy.goals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface CityGoalRepository extends Repository<CityGoal, UUID> {

	List<CityGoal> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	CityGoal saveAndFlush(CityGoal goal);

	void delete(CityGoal goal);

	void flush();

}
