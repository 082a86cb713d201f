package fi.ohjaamo.strategy.strategies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface StrategyRepository extends Repository<Strategy, UUID> {

	List<Strategy> findByOrganisationIdOrderByStartYearDescNameAsc(UUID organisationId);

	Optional<Strategy> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Optional<Strategy> findByOrganisationIdAndCurrentTrue(UUID organisationId);

	Strategy saveAndFlush(Strategy strategy);

}
