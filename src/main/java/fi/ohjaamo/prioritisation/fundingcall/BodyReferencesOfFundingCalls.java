package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.steering.BodyReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decided funding call names the body that decided its results: such a body is kept (made inactive rather than
 * deleted), so that the call and the projects' cards still tell who granted the money.
 */
@Component
@Transactional(readOnly = true)
class BodyReferencesOfFundingCalls implements BodyReferences {

	private final FundingCallRepository calls;

	BodyReferencesOfFundingCalls(FundingCallRepository calls) {
		this.calls = calls;
	}

	@Override
	public List<Reference> to(UUID organisationId, UUID bodyId) {
		return List.of(new Reference("prioritisation.bodyReferences.fundingCalls",
				calls.countByOrganisationIdAndDecisionBodyId(organisationId, bodyId)));
	}

}
