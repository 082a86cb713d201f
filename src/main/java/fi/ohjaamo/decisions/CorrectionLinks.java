package fi.ohjaamo.decisions;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision page offers a correction link on each decision record the person may correct (those of bodies they are
 * a member of, not corrected already); the link ({@code ?correct=id}) opens the correction form on the same page.
 */
@ControllerAdvice(assignableTypes = { DecisionPageController.class, DecisionCorrectionController.class })
class CorrectionLinks {

	private final Approvals approvals;

	private final DecisionCorrections corrections;

	CorrectionLinks(Approvals approvals, DecisionCorrections corrections) {
		this.approvals = approvals;
		this.corrections = corrections;
	}

	@ModelAttribute
	void correctable(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID correct,
			Model model) {
		var decisions = approvals.decisionsOn(user.organisationId(), id);
		var corrected = decisions.stream().map(ProjectDecision::getCorrectsId).collect(Collectors.toSet());
		Set<UUID> mayCorrect = decisions.stream()
			.filter(d -> !corrected.contains(d.getId()) && corrections.mayCorrect(user, d))
			.map(ProjectDecision::getId)
			.collect(Collectors.toSet());
		model.addAttribute("mayCorrect", mayCorrect);
		if (correct != null && mayCorrect.contains(correct)) {
			var decision = corrections.get(user.organisationId(), id, correct);
			model.addAttribute("correcting", decision);
			model.addAttribute("correctionForm", CorrectionForm.of(decision));
		}
	}

}
