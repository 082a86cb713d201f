package fi.ohjaamo.decisions;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.steering.BodyReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision matrix's rules and the recorded decisions name bodies: a body they name is kept (made inactive
 * rather than deleted), so that no rule points nowhere and every decision still tells who made it.
 */
@Component
@Transactional(readOnly = true)
class BodyReferencesOfDecisions implements BodyReferences {

	private final DecisionRuleRepository rules;

	private final ProjectDecisionRepository decisions;

	BodyReferencesOfDecisions(DecisionRuleRepository rules, ProjectDecisionRepository decisions) {
		this.rules = rules;
		this.decisions = decisions;
	}

	@Override
	public List<Reference> to(UUID organisationId, UUID bodyId) {
		return List.of(new Reference("decisions.bodyReferences.rules",
				rules.countByOrganisationIdAndBodyId(organisationId, bodyId)),
				new Reference("decisions.bodyReferences.decisions",
						decisions.countByBodyIdAndOrganisationId(bodyId, organisationId)));
	}

}
