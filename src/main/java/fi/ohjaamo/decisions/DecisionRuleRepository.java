package fi.ohjaamo.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRuleRepository extends JpaRepository<DecisionRule, UUID> {

	List<DecisionRule> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<DecisionRule> findByIdAndOrganisationId(UUID id, UUID organisationId);

	boolean existsByOrganisationIdAndBodyIdIsNotNull(UUID organisationId);

	long countByOrganisationIdAndBodyId(UUID organisationId, UUID bodyId);

}
