package fi.ohjaamo.prioritisation.fundingcall;

import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	FundingCallController(FundingCalls calls, FundingScores scores, FundingDecisions decisions,
			FundingProjects projects, Organisations organisations) {
		this.calls = calls;
		this.scores = scores;
		this.decisions = decisions;
		this.projects = projects;
		this.organisations = organisations;
	}

	@GetMapping("/funding-calls")
	String list(CurrentUser user, Model model) {
		model.addAttribute("calls", calls.of(user.organisationId()));
		model.addAttribute("mayManage", FundingCalls.mayManage(user));
		return "prioritisation/funding-calls";
	}

	@GetMapping("/funding-calls/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var call = calls.get(user.organisationId(), id);
		var selection = decisions.selection(call);
		var applications = calls.applications(user.organisationId(), id);
		model.addAttribute("call", call);
		model.addAttribute("criteria", scores.criteriaOf(call));
		model.addAttribute("selection", selection);
		model.addAttribute("applications", FundingRow.of(selection, applications));
		model.addAttribute("projects", projects.named(user.organisationId(),
				applications.stream().map(FundingApplication::getProjectId).toList()));
		model.addAttribute("units", organisations.unitsOf(user.organisationId()));
		model.addAttribute("mayManage", FundingCalls.mayManage(user));
		model.addAttribute("mayApply", FundingCalls.mayApply(user) && call.takesApplications());
		model.addAttribute("today", calls.today());
		model.addAttribute("moves", java.util.stream.Stream.of(FundingCallStatus.OPEN, FundingCallStatus.CLOSED)
			.filter(call::canMoveTo).toList());
		return "prioritisation/funding-call";
	}

	@PostMapping("/funding-calls/{id}/decision")
	String decide(CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "decidedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn) {
		var call = calls.get(user.organisationId(), id);
		FundingCalls.requireManager(user);
		if (call.getStatus() != FundingCallStatus.CLOSED) {
			return "redirect:/funding-calls/" + id;
		}
		decisions.decide(user, id, decidedOn == null ? calls.today() : decidedOn);
		return "redirect:/funding-calls/" + id + "?decided";
	}

}
