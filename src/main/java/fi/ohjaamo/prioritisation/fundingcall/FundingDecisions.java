package fi.ohjaamo.prioritisation.fundingcall;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingCallDecided;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingSelectionOverridden;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.steering.SteeringBodies;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The selection within a call's budget, IT management's overrides of it, and the recorded results. */
@Service
@Transactional(readOnly = true)
public class FundingDecisions {

	private final FundingCalls calls;

	private final FundingScores scores;

	private final FundingApplicationRepository applications;

	private final Projects projects;

	private final SteeringBodies bodies;

	private final ApplicationEventPublisher events;

	FundingDecisions(FundingCalls calls, FundingScores scores, FundingApplicationRepository applications,
			Projects projects, SteeringBodies bodies, ApplicationEventPublisher events) {
		this.calls = calls;
		this.scores = scores;
		this.applications = applications;
		this.projects = projects;
		this.bodies = bodies;
		this.events = events;
	}

	public FundingSelection selection(FundingCall call) {
		var weighted = scores.weightedScores(call);
		var candidates = calls.applications(call.getOrganisationId(), call.getId()).stream()
			.map(a -> new FundingSelection.Candidate(a.getId(), a.getAmount(), weighted.get(a.getId()), a.getOverride(),
					a.getSubmittedAt()))
			.toList();
		return FundingSelection.of(call.getBudget(), candidates);
	}

	/**
	 * Includes or leaves out an application whatever its rank, or returns it to the ranking (choice null).
	 * @throws IllegalArgumentException when an override comes without a reason
	 * @throws ChangedMeanwhileException when the application changed after the given version was seen
	 */
	@Transactional
	public void override(CurrentUser user, UUID callId, UUID applicationId, @Nullable SelectionOverride choice,
			String reason, long seenVersion) {
		var call = calls.get(user.organisationId(), callId);
		var application = calls.application(user.organisationId(), callId, applicationId);
		FundingCalls.requireManager(user);
		if (application.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the funding application");
		}
		if (!call.isScorable()) {
			throw new IllegalStateException("the selection of a decided call is final");
		}
		if (!reasoned(choice, reason)) {
			throw new IllegalArgumentException("an override needs its reason");
		}
		application.override(choice, reason);
		applications.saveAndFlush(application);
		String title = projects.get(user.organisationId(), application.getProjectId()).getTitle();
		events.publishEvent(new FundingSelectionOverridden(user.organisationId(), applicationId,
				call.getName() + ": " + title + " " + (choice == null ? "–" : choice.name()) + " " + reason));
	}

	/** The override's rule on its form: an override needs its reason, told next to the reason's field. */
	static void checkOverride(@Nullable SelectionOverride choice, String reason, Errors errors) {
		if (!reasoned(choice, reason)) {
			errors.rejectValue("explanation", "prioritisation.fundingApplication.override.reasonMissing");
		}
	}

	private static boolean reasoned(@Nullable SelectionOverride choice, String reason) {
		return choice == null || !reason.isBlank();
	}

	/**
	 * Records the current selection as the call's result, as the given body decided it: each application granted its
	 * amount or nothing. An application nobody scored is granted nothing unless IT management included it, with a
	 * reason ({@link FundingSelection}).
	 * @throws IllegalArgumentException when the body or the section of the minutes is missing
	 */
	@Transactional
	public void decide(CurrentUser user, UUID callId, FundingResult result) {
		var call = calls.get(user.organisationId(), callId);
		FundingCalls.requireManager(user);
		var bodyId = result.bodyId();
		// A body of the organisation is named as it is called now; another organisation's is as unknown as none.
		var decided = bodyId == null ? result
				: new FundingResult(bodyId, bodies.get(user.organisationId(), bodyId).getName(), result.decidedOn(),
						result.section(), result.diaryNumber());
		if (decided.body().isBlank() || decided.section().isBlank()) {
			throw new IllegalArgumentException("a result names the body and the section of its minutes");
		}
		var selection = selection(call);
		var all = calls.applications(user.organisationId(), callId);
		for (var application : all) {
			var line = selection.lineOf(application.getId());
			application.decide(line != null && line.selected());
		}
		call.decided(decided);
		applications.saveAllAndFlush(all);
		events.publishEvent(new FundingCallDecided(user.organisationId(), callId, call.getName() + ", "
				+ decided.body() + " " + decided.decidedOn() + " " + decided.section() + " " + decided.diaryNumber()
				+ ": " + selection.lines().stream().filter(FundingSelection.Line::selected).count() + "/" + all.size()
				+ " granted, " + selection.selectedTotal().toPlainString() + " €"));
	}

}
