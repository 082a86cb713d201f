package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.prioritisation.PrioritisationPermissions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingApplied;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingCallMoved;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingCallSaved;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The API for funding calls and the applications to them. IT management prepares, opens and closes calls; a
 * service-area editor applies with a project of their own service area while the call is open.
 */
@Service
@Transactional(readOnly = true)
public class FundingCalls {

	private final FundingCallRepository calls;

	private final FundingApplicationRepository applications;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundingCalls(FundingCallRepository calls, FundingApplicationRepository applications, Projects projects,
			ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	public List<FundingCall> of(UUID organisationId) {
		// Calls that still take applications or work come first, the decided ones after them, newest first within each.
		return calls.findByOrganisationIdOrderByOpensOnDesc(organisationId)
			.stream()
			.sorted(java.util.Comparator.comparingInt((FundingCall call) -> switch (call.getStatus()) {
				case OPEN -> 0;
				case DRAFT -> 1;
				case CLOSED -> 2;
				case DECIDED -> 3;
			}))
			.toList();
	}

	/** A call of the organisation; one of another organisation is as unknown as one never created. */
	public FundingCall get(UUID organisationId, UUID callId) {
		return calls.findByIdAndOrganisationId(callId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Another call of the organisation whose application period shares a day with this one. */
	public Optional<FundingCall> overlapping(UUID organisationId, FundingPeriod period, @org.jspecify.annotations.Nullable UUID except) {
		return of(organisationId).stream()
			.filter(c -> !c.getId().equals(except) && c.period().overlaps(period))
			.findFirst();
	}

	@Transactional
	public FundingCall create(CurrentUser user, FundingCallDefinition definition) {
		requireManager(user);
		requireValid(user.organisationId(), definition, null);
		var call = calls.save(new FundingCall(user.organisationId(), definition));
		events.publishEvent(new FundingCallSaved(call.getOrganisationId(), call.getId(), summary(call)));
		return call;
	}

	/**
	 * Saves the call the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID callId, FundingCallDefinition definition, long seenVersion) {
		var call = get(user.organisationId(), callId);
		requireManager(user);
		if (call.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the funding call");
		}
		if (call.getStatus() == FundingCallStatus.DECIDED) {
			throw new IllegalStateException("a decided call is not changed");
		}
		requireValid(user.organisationId(), definition, callId);
		call.redefine(definition);
		calls.saveAndFlush(call);
		events.publishEvent(new FundingCallSaved(call.getOrganisationId(), call.getId(), summary(call)));
	}

	@Transactional
	public void move(CurrentUser user, UUID callId, FundingCallStatus target) {
		var call = get(user.organisationId(), callId);
		requireManager(user);
		call.moveTo(target);
		calls.saveAndFlush(call);
		events.publishEvent(new FundingCallMoved(call.getOrganisationId(), callId, call.getName() + ": " + target));
	}

	public List<FundingApplication> applications(UUID organisationId, UUID callId) {
		return applications.findByOrganisationIdAndCallIdOrderBySubmittedAt(organisationId, callId);
	}

	public FundingApplication application(UUID organisationId, UUID callId, UUID applicationId) {
		get(organisationId, callId);
		return applications.findByIdAndOrganisationIdAndCallId(applicationId, organisationId, callId)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Applies with an existing project of a service area the person may edit.
	 * @throws IllegalStateException when the call does not take applications or the project has applied already
	 */
	@Transactional
	public FundingApplication apply(CurrentUser user, UUID callId, UUID projectId, BigDecimal amount,
			String justification) {
		var call = get(user.organisationId(), callId);
		var project = projects.get(user.organisationId(), projectId);
		UUID area = project.getServiceAreaId();
		if (area == null || !PrioritisationPermissions.mayApplyWith(user, area)) {
			throw new AccessDeniedException("applies only with projects of the person's own service area");
		}
		if (!call.takesApplications()) {
			throw new IllegalStateException("the call takes no applications");
		}
		if (applications.existsByOrganisationIdAndCallIdAndProjectId(user.organisationId(), callId, projectId)) {
			throw new IllegalStateException("the project has applied already");
		}
		var application = applications.save(new FundingApplication(call, projectId, area, amount, justification,
				user.personId(), clock.instant()));
		events.publishEvent(new FundingApplied(call.getOrganisationId(), application.getId(),
				call.getName() + ": " + project.getTitle() + ", " + amount.toPlainString() + " €"));
		return application;
	}

	/** Creates a card for the application (a proposal in the given service area) and applies with it. */
	@Transactional
	public FundingApplication applyWithNewProject(CurrentUser user, UUID callId, ProjectCard card, BigDecimal amount,
			String justification) {
		var call = get(user.organisationId(), callId);
		PrioritisationPermissions.require(PrioritisationPermissions.mayApply(user), "only editors of a service area apply");
		if (!call.takesApplications()) {
			throw new IllegalStateException("the call takes no applications");
		}
		var project = projects.create(user, card);
		return apply(user, callId, project.getId(), amount, justification);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static void requireManager(CurrentUser user) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayRunFundingCalls(user),
				"only IT management runs funding calls");
	}

	/**
	 * Adds an error for each broken rule of a call, next to the field of its form: a positive budget, a period that
	 * closes after it opens and shares no day with another call of the organisation, and criteria whose weights add
	 * up to {@link FundingCallDefinition#FULL_WEIGHT}. A save refuses such a call too.
	 */
	void check(UUID organisationId, @org.jspecify.annotations.Nullable UUID callId, FundingCallForm form,
			Errors errors) {
		if (form.budget() != null && form.budget().signum() <= 0) {
			errors.rejectValue("budget", "prioritisation.fundingCall.budget.notPositive");
		}
		if (form.opensOn() != null && form.closesOn() != null) {
			var period = new FundingPeriod(form.opensOn(), form.closesOn());
			if (period.closesBeforeOpening()) {
				errors.rejectValue("closesOn", "prioritisation.fundingCall.closesOn.beforeOpening");
			}
			else {
				overlapping(organisationId, period, callId).ifPresent(other -> {
					Object[] args = { other.getName() };
					errors.rejectValue("opensOn", "prioritisation.fundingCall.period.overlaps", args, null);
					errors.rejectValue("closesOn", "prioritisation.fundingCall.period.overlaps", args, null);
				});
			}
		}
		checkWeights(form, errors);
	}

	/**
	 * The weight rule on a call's form: it uses a criterion, the weights of those it uses add up to
	 * {@link FundingCallDefinition#FULL_WEIGHT}, and each criterion it uses has a weight.
	 */
	static void checkWeights(FundingCallForm form, Errors errors) {
		if (!form.usesAnyCriterion()) {
			errors.rejectValue("criteria", "prioritisation.fundingCall.criteria.none");
		}
		else if (form.weightSum() != FundingCallDefinition.FULL_WEIGHT) {
			errors.rejectValue("criteria", "prioritisation.fundingCall.criteria.sum",
					new Object[] { form.weightSum(), FundingCallDefinition.FULL_WEIGHT }, null);
		}
		for (int i = 0; i < form.criteria().size(); i++) {
			var choice = form.criteria().get(i);
			if (choice.inUse() && choice.weight() == null) {
				errors.rejectValue("criteria[" + i + "].weight", "NotNull");
			}
		}
	}

	private void requireValid(UUID organisationId, FundingCallDefinition definition, @org.jspecify.annotations.Nullable UUID callId) {
		if (definition.budget().signum() <= 0 || definition.period().closesBeforeOpening()
				|| overlapping(organisationId, definition.period(), callId).isPresent()) {
			throw new IllegalArgumentException("a positive budget and a period of its own are needed");
		}
		if (!definition.weighsFully()) {
			throw new IllegalArgumentException("the weights of the criteria a call uses must add up to "
					+ FundingCallDefinition.FULL_WEIGHT);
		}
	}

	private static String summary(FundingCall call) {
		return call.getName() + ", " + call.getBudget().toPlainString() + " €, " + call.getOpensOn() + "–"
				+ call.getClosesOn();
	}

}
