package fi.ohjaamo.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface DecisionRuleRepository extends Repository<DecisionRule, UUID> {

	List<DecisionRule> findByOrganisationIdOrderBySortOrderAscNameAsc(UUID organisationId);

	Optional<DecisionRule> findByIdAndOrganisationId(UUID id, UUID organisationId);

	boolean existsByOrganisationIdAndBodyIdIsNotNull(UUID organisationId);

	long countByOrganisationIdAndBodyId(UUID organisationId, UUID bodyId);

	DecisionRule save(DecisionRule rule);

	DecisionRule saveAndFlush(DecisionRule rule);

	void delete(DecisionRule rule);

}
