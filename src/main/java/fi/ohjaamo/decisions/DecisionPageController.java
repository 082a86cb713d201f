package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A project's decision-making page (linked from the card as "Päätöksenteko"): which rules apply, which body decides,
 * what is missing; the facts and analyses; marking the proposal assessed and recording the body's decision. Facts
 * stated on an outdated view are merged with the other person's.
 */
@Controller
@RequestMapping("/projects/{id}/decision")
class DecisionPageController {

	private final DecisionPage page;

	private final ProjectFiles files;

	private final Approvals approvals;

	private final Projects projects;

	private final FormBinding binding;

	private final EditMerge merges;

	DecisionPageController(DecisionPage page, ProjectFiles files, Approvals approvals, Projects projects,
			FormBinding binding, EditMerge merges) {
		this.binding = binding;
		this.merges = merges;
		this.page = page;
		this.files = files;
		this.approvals = approvals;
		this.projects = projects;
	}

	@GetMapping
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		return page.show(user, id, model);
	}

	@PostMapping("/facts")
	String facts(CurrentUser user, @PathVariable UUID id, @ModelAttribute("factsForm") FactsForm posted,
			MergeInput merge, Model model) {
		requireEditable(user, id);
		var edit = merges.begin(merge, "factsForm", posted, FactsForm.class,
				FieldReading.labelled("decisions.facts."), model);
		var form = edit.form();
		if (edit.unchosen()) {
			return page.show(user, id, model);
		}
		try {
			files.state(user, id, form.ticked(form.newInformationSystem()), form.ticked(form.personalData()),
					form.ticked(form.crossSector()), form.version());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			edit.merged(FactsForm.of(files.factsOf(user.organisationId(), id)), null, "version");
			return page.show(user, id, model);
		}
		return "redirect:/projects/" + id + "/decision?factsSaved";
	}

	@PostMapping("/tco")
	String tco(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("tcoForm") TcoForm form,
			BindingResult bound, Model model) {
		requireEditable(user, id);
		if (binding.onForm(form, bound, model).hasErrors() || form.years() == null || form.madeOn() == null) {
			return page.show(user, id, model);
		}
		files.recordTco(user, id, form.years(), orZero(form.oneOff()), orZero(form.recurringPerYear()),
				form.summary(), form.link(), form.madeOn());
		return "redirect:/projects/" + id + "/decision?analysisSaved";
	}

	@PostMapping("/risk")
	String risk(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("riskForm") RiskForm form,
			BindingResult bound, Model model) {
		requireEditable(user, id);
		if (binding.onForm(form, bound, model).hasErrors() || form.madeOn() == null) {
			return page.show(user, id, model);
		}
		files.recordRisk(user, id, form.summary(), form.link(), form.madeOn());
		return "redirect:/projects/" + id + "/decision?analysisSaved";
	}

	@PostMapping("/assessed")
	String assessed(CurrentUser user, @PathVariable UUID id, Model model) {
		try {
			approvals.markAssessed(user, id);
		}
		catch (MissingAnalysesException ex) {
			model.addAttribute("missingOnAssess", ex.missing());
			return page.show(user, id, model);
		}
		catch (IllegalStateException ex) {
			model.addAttribute("wrongStatus", true);
			return page.show(user, id, model);
		}
		return "redirect:/projects/" + id + "/decision?assessed";
	}

	@PostMapping("/record")
	String record(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult bound, Model model) {
		DecisionPermissions.require(approvals.standing(user, id).mayRecord(),
				"only members of the deciding body record its decision");
		if (binding.onForm(form, bound, model).hasErrors()) {
			return page.show(user, id, model);
		}
		try {
			approvals.record(user, id, form.record());
		}
		catch (IllegalStateException ex) {
			model.addAttribute("wrongStatus", true);
			return page.show(user, id, model);
		}
		return "redirect:/projects/" + id + "/decision?recorded";
	}

	private void requireEditable(CurrentUser user, UUID id) {
		DecisionPermissions.require(files.mayEdit(user, projects.get(user.organisationId(), id)),
				"may not edit this project");
	}

	private static BigDecimal orZero(@Nullable BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

}
