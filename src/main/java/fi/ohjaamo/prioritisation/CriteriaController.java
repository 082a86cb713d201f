package fi.ohjaamo.prioritisation;

import java.util.HashMap;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's prioritisation criteria, which everyone reads, and the weights of the active ones, which IT
 * management sets together: a save is refused until they add up to 100, and one based on an outdated view is merged
 * with the other person's save weight by weight.
 */
@Controller
class CriteriaController {

	private final Criteria criteria;

	private final EditMerge merges;

	CriteriaController(Criteria criteria, EditMerge merges) {
		this.criteria = criteria;
		this.merges = merges;
	}

	@GetMapping("/projects/criteria")
	String list(CurrentUser user, Model model) {
		model.addAttribute("criteria", criteria.of(user.organisationId()));
		model.addAttribute("weightSum", criteria.weightSum(user.organisationId()));
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		model.addAttribute("mayManage", PrioritisationPermissions.mayKeepCriteria(user));
		return "prioritisation/criteria";
	}

	@GetMapping("/projects/criteria/weights")
	String weights(CurrentUser user, Model model) {
		requireManager(user);
		var form = WeightsForm.of(criteria.active(user.organisationId()));
		merges.carry(model, form);
		return weightsForm(user, form, model);
	}

	@PostMapping("/projects/criteria/weights")
	String reweight(CurrentUser user, @Valid @ModelAttribute("weightsForm") WeightsForm posted, BindingResult bound,
			MergeInput merge, Model model) {
		requireManager(user);
		// The weights are a grid: each row carries the version of its criterion, and a stale save merges row by row.
		return merges.begin(merge, "weightsForm", posted, WeightsForm.class, reading(user), model)
			.showing(bound, form -> weightsForm(user, form, model))
			.checking((form, result) -> Criteria.checkFull(form.sum(), result))
			.saving(form -> criteria.reweight(user, form.weights(), form.versions()))
			.stale(() -> new Theirs<>(WeightsForm.of(criteria.active(user.organisationId()))))
			.then("redirect:/projects/criteria?reweighted");
	}

	/** Each weight named by its criterion, as the form labels it. */
	private FieldReading reading(CurrentUser user) {
		var reading = FieldReading.labelled("prioritisation.weights.");
		criteria.of(user.organisationId())
			.forEach(c -> reading.label("rows[" + c.getId() + "]", "prioritisation.weights.weightOf", c.getName()));
		return reading;
	}

	private String weightsForm(CurrentUser user, WeightsForm form, Model model) {
		model.addAttribute("weightsForm", form);
		var names = new HashMap<UUID, String>();
		criteria.of(user.organisationId()).forEach(c -> names.put(c.getId(), c.getName()));
		model.addAttribute("names", names);
		model.addAttribute("typedSum", form.sum());
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		return "prioritisation/weights-form";
	}

	static void requireManager(CurrentUser user) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayKeepCriteria(user),
				"only IT management keeps the criteria");
	}

}
