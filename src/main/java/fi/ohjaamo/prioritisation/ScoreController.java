package fi.ohjaamo.prioritisation;

import fi.ohjaamo.shared.web.FormBinding;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A project's scores: each evaluator's latest levels and their mean, the weighted score and the whole history,
 * and for IT management the form on which they give their own levels, one radio group per active criterion.
 */
@Controller
class ScoreController {

	private final Scores scores;

	private final Criteria criteria;

	private final Projects projects;

	private final FormBinding binding;

	ScoreController(Scores scores, Criteria criteria, Projects projects, FormBinding binding) {
		this.scores = scores;
		this.criteria = criteria;
		this.projects = projects;
		this.binding = binding;
	}

	@GetMapping("/projects/{id}/scores")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var sheet = scores.sheet(user.organisationId(), id);
		var own = sheet.evaluators().stream().filter(e -> e.id().equals(user.personId())).findFirst()
			.map(ScoreSheet.Evaluator::latest).orElse(Map.of());
		return page(user, id, sheet, ScoreForm.of(criteria.active(user.organisationId()), own), model);
	}

	@PostMapping("/projects/{id}/scores")
	String score(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("scoreForm") ScoreForm form,
			BindingResult bound, Model model) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayScore(user), "only IT management scores projects");
		var sheet = scores.sheet(user.organisationId(), id);
		var result = binding.onForm(form, bound, model);
		var active = criteria.active(user.organisationId());
		var given = form.byCriterion();
		// The form's rows must be the active criteria; a criterion retired or added meanwhile means scoring again.
		boolean sameCriteria = form.levels().size() == active.size()
				&& active.stream().allMatch(c -> form.levels().stream().anyMatch(g -> c.getId().equals(g.criterionId())));
		if (!sameCriteria) {
			result.reject("prioritisation.scores.criteriaChanged");
			return page(user, id, sheet, ScoreForm.of(active, given), model);
		}
		for (int i = 0; i < form.levels().size(); i++) {
			var row = form.levels().get(i);
			var criterion = active.stream().filter(c -> c.getId().equals(row.criterionId())).findFirst().orElseThrow();
			if (row.level() != null && !criterion.hasLevel(row.level())) {
				result.rejectValue("levels[" + i + "].level", "prioritisation.scores.notOnScale");
			}
		}
		if (result.hasErrors()) {
			return page(user, id, sheet, form, model);
		}
		scores.score(user, id, given, form.reason());
		return "redirect:/projects/" + id + "/scores?scored";
	}

	private String page(CurrentUser user, UUID projectId, ScoreSheet sheet, ScoreForm form, Model model) {
		var active = criteria.active(user.organisationId());
		model.addAttribute("project", projects.get(user.organisationId(), projectId));
		model.addAttribute("sheet", sheet);
		model.addAttribute("active", active);
		model.addAttribute("scoreForm", form);
		model.addAttribute("mayScore", PrioritisationPermissions.mayScore(user) && !active.isEmpty());
		model.addAttribute("weightSum", criteria.weightSum(user.organisationId()));
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		return "prioritisation/scores";
	}

}
