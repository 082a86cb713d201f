package fi.ohjaamo.decisions;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.FormBinding;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Correcting a recorded decision from the decision page (its form opens at {@code ?correct=id}): the record as it
 * should read and the reason for the correction.
 */
@Controller
class DecisionCorrectionController {

	private final DecisionCorrections corrections;

	private final DecisionPage page;

	private final FormBinding binding;

	DecisionCorrectionController(DecisionCorrections corrections, DecisionPage page, FormBinding binding) {
		this.corrections = corrections;
		this.page = page;
		this.binding = binding;
	}

	/** The decision corrected is named by a form field, as the page's {@code ?correct=id} names it. */
	@PostMapping("/projects/{id}/decision/correction")
	String correct(CurrentUser user, @PathVariable UUID id, @RequestParam("decision") UUID decisionId,
			@Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult bound, Model model) {
		var decision = corrections.get(user.organisationId(), id, decisionId);
		DecisionPermissions.require(corrections.mayCorrect(user, decision),
				"only members of the body that decided correct its record");
		if (binding.onForm(form, bound, model).hasErrors()) {
			model.addAttribute("correcting", decision);
			return page.show(user, id, model);
		}
		try {
			corrections.correct(user, id, decisionId, form.record(decision.getOutcome()), form.reason());
		}
		catch (IllegalStateException ex) {
			// Someone corrected it meanwhile: the page shows both records, and the newer one can be corrected.
			return "redirect:/projects/" + id + "/decision?correctedMeanwhile#decisions-heading";
		}
		return "redirect:/projects/" + id + "/decision?corrected#decisions-heading";
	}

}
