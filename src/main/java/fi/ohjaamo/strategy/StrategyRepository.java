package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, UUID> {

	List<Strategy> findByOrganisationIdOrderByStartYearDescNameAsc(UUID organisationId);

	Optional<Strategy> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Optional<Strategy> findByOrganisationIdAndCurrentTrue(UUID organisationId);

}
