package fi.ohjaamo.prioritisation.fundingcall;

import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.prioritisation.PrioritisationPermissions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.strategy.StrategicGoals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Applying to an open call with a project of one's own service area, or with a new one the application creates.
 */
@Controller
class FundingApplicationController {

	private final FundingCalls calls;

	private final FundingProjects projects;

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final FormBinding binding;

	private final MessageSource messages;

	FundingApplicationController(FundingCalls calls, FundingProjects projects, Organisations organisations,
			StrategicGoals goals, FormBinding binding, MessageSource messages) {
		this.calls = calls;
		this.projects = projects;
		this.organisations = organisations;
		this.goals = goals;
		this.binding = binding;
		this.messages = messages;
	}

	@GetMapping("/funding-calls/{id}/applications/new")
	String create(CurrentUser user, @PathVariable UUID id, Model model) {
		var call = calls.get(user.organisationId(), id);
		requireApplicant(user, call);
		return form(user, call, FundingApplicationForm.blank(), model);
	}

	@PostMapping("/funding-calls/{id}/applications")
	String apply(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("applicationForm") FundingApplicationForm form, BindingResult bound, Model model) {
		var call = calls.get(user.organisationId(), id);
		requireApplicant(user, call);
		var result = binding.onForm(form, bound, model);
		check(user, call, form, result);
		if (result.hasErrors()) {
			return form(user, call, form, model);
		}
		var application = form.createsProject()
				? calls.applyWithNewProject(user, id, card(form, pendingImpact()),
						Objects.requireNonNull(form.amount()), form.justification())
				: calls.apply(user, id, Objects.requireNonNull(form.projectId()), Objects.requireNonNull(form.amount()),
						form.justification());
		return "redirect:/funding-calls/" + id + "/applications/" + application.getId() + "?applied";
	}

	private void check(CurrentUser user, FundingCall call, FundingApplicationForm form, BindingResult result) {
		if (form.amount() != null && form.amount().signum() <= 0) {
			result.rejectValue("amount", "prioritisation.fundingApplication.amount.notPositive");
		}
		if (form.createsProject()) {
			if (form.newTitle().isBlank()) {
				result.rejectValue("newTitle", "prioritisation.fundingApplication.newTitle.missing");
			}
			if (form.newServiceAreaId() == null || !areas(user).contains(form.newServiceAreaId())) {
				result.rejectValue("newServiceAreaId", "prioritisation.fundingApplication.serviceArea.notOwn");
			}
			if (form.newGoalId() == null || goals.of(user.organisationId()).stream()
				.noneMatch(g -> g.id().equals(form.newGoalId()))) {
				result.rejectValue("newGoalId", "prioritisation.fundingApplication.goal.missing");
			}
		}
		else if (projects.openIn(user.organisationId(), areas(user)).stream()
			.noneMatch(p -> p.id().equals(form.projectId()))) {
			result.rejectValue("projectId", "prioritisation.fundingApplication.project.notOwn");
		}
		else if (calls.applications(user.organisationId(), call.getId()).stream()
			.anyMatch(a -> a.getProjectId().equals(form.projectId()))) {
			result.rejectValue("projectId", "prioritisation.fundingApplication.project.alreadyApplied");
		}
	}

	/** The card the application creates: a proposal whose change-impact assessment is still to be done. */
	private static ProjectCard card(FundingApplicationForm form, ImpactPart pending) {
		return ProjectCard.blank(form.newServiceAreaId())
			.toBuilder()
			.title(form.newTitle())
			.description(form.newDescription())
			.impactOrganisation(pending)
			.impactSecurity(pending)
			.impactData(pending)
			.impactCaseManagement(pending)
			.goalIds(java.util.List.of(form.newGoalId()))
			.build();
	}

	private ImpactPart pendingImpact() {
		return new ImpactPart(ImpactState.NOT_ASSESSED, messages.getMessage(
				"prioritisation.fundingApplication.impactPending", null, LocaleContextHolder.getLocale()));
	}

	/** The service areas the person may apply for: their own, or every one for IT management. */
	private java.util.Set<UUID> areas(CurrentUser user) {
		var areas = new java.util.LinkedHashSet<UUID>();
		organisations.unitsOf(user.organisationId()).serviceAreas().stream()
			.filter(a -> PrioritisationPermissions.mayApplyWith(user, a.id()))
			.forEach(a -> areas.add(a.id()));
		return areas;
	}

	private static void requireApplicant(CurrentUser user, FundingCall call) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayApply(user), "only editors of a service area apply");
		if (!call.takesApplications()) {
			throw new FundingCallClosedException();
		}
	}

	private String form(CurrentUser user, FundingCall call, FundingApplicationForm form, Model model) {
		var units = organisations.unitsOf(user.organisationId());
		var own = areas(user);
		model.addAttribute("call", call);
		model.addAttribute("applicationForm", form);
		model.addAttribute("ownProjects", projects.openIn(user.organisationId(), own));
		model.addAttribute("ownAreas", units.serviceAreas().stream().filter(a -> own.contains(a.id())).toList());
		model.addAttribute("units", units);
		model.addAttribute("goals", goals.of(user.organisationId()));
		return "prioritisation/funding-application-form";
	}

}
