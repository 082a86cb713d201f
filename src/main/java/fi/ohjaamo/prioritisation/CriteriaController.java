package fi.ohjaamo.prioritisation;

import java.util.HashMap;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final FormBinding binding;

	private final EditMerge merges;

	CriteriaController(Criteria criteria, FormBinding binding, EditMerge merges) {
		this.criteria = criteria;
		this.binding = binding;
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
		var edit = merges.begin(merge, "weightsForm", posted, WeightsForm.class, reading(user), model);
		var form = edit.form();
		if (edit.unchosen()) {
			return weightsForm(user, form, model);
		}
		var result = binding.onForm(form, edit.result(bound), model);
		if (!result.hasErrors() && form.sum() != Criteria.FULL_WEIGHT) {
			result.reject("prioritisation.weights.notFull", new Object[] { form.sum() }, null);
		}
		if (result.hasErrors()) {
			edit.showAgain();
			return weightsForm(user, form, model);
		}
		var weights = new HashMap<UUID, Integer>();
		var versions = new HashMap<UUID, Long>();
		form.rows().stream().filter(r -> r.criterionId() != null).forEach(r -> {
			weights.put(r.criterionId(), r.weight());
			versions.put(r.criterionId(), r.version() == null ? -1 : r.version());
		});
		try {
			criteria.reweight(user, weights, versions);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = WeightsForm.of(criteria.active(user.organisationId()));
			return weightsForm(user, edit.merged(current, null), model);
		}
		return "redirect:/projects/criteria?reweighted";
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
