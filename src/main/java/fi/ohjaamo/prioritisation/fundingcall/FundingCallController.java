package fi.ohjaamo.prioritisation.fundingcall;

import java.util.UUID;

import fi.ohjaamo.prioritisation.PrioritisationPermissions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's funding calls, and a call's page: its applications ranked by weighted score, which of them
 * fit the budget, the remainder, and once decided the results every applicant can read.
 */
@Controller
class FundingCallController {

	private final FundingCalls calls;

	private final FundingScores scores;

	private final FundingDecisions decisions;

	private final FundingProjects projects;

	private final Organisations organisations;

	private final SteeringBodies bodies;

	private final FormBinding binding;

	FundingCallController(FundingCalls calls, FundingScores scores, FundingDecisions decisions,
			FundingProjects projects, Organisations organisations, SteeringBodies bodies, FormBinding binding) {
		this.calls = calls;
		this.scores = scores;
		this.decisions = decisions;
		this.projects = projects;
		this.organisations = organisations;
		this.bodies = bodies;
		this.binding = binding;
	}

	@GetMapping("/funding-calls")
	String list(CurrentUser user, Model model) {
		model.addAttribute("calls", calls.of(user.organisationId()));
		model.addAttribute("mayManage", PrioritisationPermissions.mayRunFundingCalls(user));
		return "prioritisation/funding-calls";
	}

	@GetMapping("/funding-calls/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, calls.get(user.organisationId(), id), FundingResultForm.blank(calls.today()), model);
	}

	@PostMapping("/funding-calls/{id}/decision")
	String decide(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("resultForm") FundingResultForm form, BindingResult bound, Model model) {
		var call = calls.get(user.organisationId(), id);
		FundingCalls.requireManager(user);
		if (call.getStatus() != FundingCallStatus.CLOSED) {
			return "redirect:/funding-calls/" + id;
		}
		var result = binding.onForm(form, bound, model);
		form.check(bodies.of(user.organisationId()), result);
		if (result.hasErrors()) {
			return page(user, call, form, model);
		}
		decisions.decide(user, id, form.result());
		return "redirect:/funding-calls/" + id + "?decided";
	}

	private String page(CurrentUser user, FundingCall call, FundingResultForm resultForm, Model model) {
		var selection = decisions.selection(call);
		var applications = calls.applications(user.organisationId(), call.getId());
		model.addAttribute("call", call);
		model.addAttribute("criteria", scores.criteriaOf(call));
		model.addAttribute("selection", selection);
		model.addAttribute("applications", FundingRow.of(selection, applications));
		model.addAttribute("projects", projects.named(user.organisationId(),
				applications.stream().map(FundingApplication::getProjectId).toList()));
		model.addAttribute("units", organisations.unitsOf(user.organisationId()));
		model.addAttribute("mayManage", PrioritisationPermissions.mayRunFundingCalls(user));
		model.addAttribute("mayApply", PrioritisationPermissions.mayApply(user) && call.takesApplications());
		model.addAttribute("moves", java.util.stream.Stream.of(FundingCallStatus.OPEN, FundingCallStatus.CLOSED)
			.filter(call::canMoveTo).toList());
		model.addAttribute("resultForm", resultForm);
		model.addAttribute("bodies", bodies.of(user.organisationId()).stream().filter(SteeringBody::isActive).toList());
		return "prioritisation/funding-call";
	}

}
