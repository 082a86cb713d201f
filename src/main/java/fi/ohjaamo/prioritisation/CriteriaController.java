package fi.ohjaamo.prioritisation;

import fi.ohjaamo.shared.web.FormBinding;
import java.util.HashMap;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's prioritisation criteria, which everyone reads, and the weights of the active ones, which IT
 * management sets together: a save is refused until they add up to 100, and one based on an outdated view shows
 * the other person's weights with the typed ones kept.
 */
@Controller
class CriteriaController {

	private final Criteria criteria;

	private final FormBinding binding;

	CriteriaController(Criteria criteria, FormBinding binding) {
		this.criteria = criteria;
		this.binding = binding;
	}

	@GetMapping("/projects/criteria")
	String list(CurrentUser user, Model model) {
		model.addAttribute("criteria", criteria.of(user.organisationId()));
		model.addAttribute("weightSum", criteria.weightSum(user.organisationId()));
		model.addAttribute("fullWeight", Criteria.FULL_WEIGHT);
		model.addAttribute("mayManage", user.ownsPortfolio());
		return "prioritisation/criteria";
	}

	@GetMapping("/projects/criteria/weights")
	String weights(CurrentUser user, Model model) {
		requireManager(user);
		return weightsForm(user, WeightsForm.of(criteria.active(user.organisationId())), model);
	}

	@PostMapping("/projects/criteria/weights")
	String reweight(CurrentUser user, @Valid @ModelAttribute("weightsForm") WeightsForm form, BindingResult bound,
			Model model) {
		requireManager(user);
		var result = binding.onForm(form, bound, model);
		if (!result.hasErrors() && form.sum() != Criteria.FULL_WEIGHT) {
			result.reject("prioritisation.weights.notFull", new Object[] { form.sum() }, null);
		}
		if (result.hasErrors()) {
			return weightsForm(user, form, model);
		}
		var weights = new HashMap<UUID, Integer>();
		var versions = new HashMap<UUID, Long>();
		form.rows().stream().filter(r -> r.criterionId() != null).forEach(r -> {
			weights.put(r.criterionId(), r.weight());
			versions.put(r.criterionId(), r.version() == null ? -1 : r.version());
		});
		try {
			criteria.reweight(user.organisationId(), weights, versions);
		}
		catch (CriteriaChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("prioritisation.weights.changedMeanwhile");
			var current = criteria.active(user.organisationId());
			model.addAttribute("current", current);
			// Saving again is a choice over the other person's weights, so it is based on their versions and criteria.
			var typed = new HashMap<UUID, Integer>(weights);
			return weightsForm(user, new WeightsForm(current.stream()
				.map(c -> new WeightsForm.Row(c.getId(), typed.getOrDefault(c.getId(), c.getWeight()), c.getVersion()))
				.toList()), model, result);
		}
		return "redirect:/projects/criteria?reweighted";
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

	/** The form rebuilt on the current criteria, keeping the conflict's message on it. */
	private String weightsForm(CurrentUser user, WeightsForm form, Model model, BindingResult conflict) {
		String view = weightsForm(user, form, model);
		var rebuilt = new org.springframework.validation.BeanPropertyBindingResult(form, "weightsForm");
		conflict.getGlobalErrors().forEach(rebuilt::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "weightsForm", rebuilt);
		return view;
	}

	static void requireManager(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("only IT management keeps the criteria");
		}
	}

}
