package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectCardDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's card and its history show what each decided funding call granted it, or that it granted nothing, with
 * the body, date, § and diary number of the call's decision, linked to the application.
 */
@Component
@Transactional(readOnly = true)
class GrantsOnProjectCard implements ProjectCardDecisions {

	private final FundingApplicationRepository applications;

	private final FundingCallRepository calls;

	GrantsOnProjectCard(FundingApplicationRepository applications, FundingCallRepository calls) {
		this.applications = applications;
		this.calls = calls;
	}

	@Override
	public List<CardDecision> decisionsOn(UUID organisationId, UUID projectId) {
		return applications.findByOrganisationIdAndProjectIdAndGrantedIsNotNull(organisationId, projectId).stream()
			.flatMap(a -> calls.findByIdAndOrganisationId(a.getCallId(), organisationId)
				.filter(call -> call.getDecidedOn() != null)
				.map(call -> decision(a, call))
				.stream())
			.toList();
	}

	private static CardDecision decision(FundingApplication application, FundingCall call) {
		boolean granted = Boolean.TRUE.equals(application.getGranted());
		var result = call.result();
		var decidedOn = result != null ? result.decidedOn() : java.util.Objects.requireNonNull(call.getDecidedOn());
		return new CardDecision(
				granted ? "prioritisation.fundingCall.card.granted" : "prioritisation.fundingCall.card.notGranted",
				granted ? application.getGrantedAmount() : null, call.getName(), result == null ? "" : result.body(),
				decidedOn, result == null ? "" : result.section(), result == null ? "" : result.diaryNumber(),
				"/funding-calls/" + call.getId() + "/applications/" + application.getId(), null);
	}

}
