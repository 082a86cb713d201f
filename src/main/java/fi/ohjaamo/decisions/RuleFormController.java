package fi.ohjaamo.decisions;

import fi.ohjaamo.shared.web.FormBinding;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.steering.SteeringBodies;
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

/** Adding and editing a decision rule. A stale save shows the other person's values and keeps what was typed. */
@Controller
class RuleFormController {

	private final DecisionRules rules;

	private final SteeringBodies bodies;

	private final FormBinding binding;

	RuleFormController(DecisionRules rules, SteeringBodies bodies, FormBinding binding) {
		this.binding = binding;
		this.rules = rules;
		this.bodies = bodies;
	}

	@GetMapping("/decisions/rules/new")
	String create(CurrentUser user, Model model) {
		RuleController.requireManager(user);
		return form(user, null, RuleForm.blank(rules.of(user.organisationId()).size() + 1), null, model);
	}

	@PostMapping("/decisions/rules")
	String add(CurrentUser user, @Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult bound, Model model) {
		RuleController.requireManager(user);
		var result = binding.onForm(form, bound, model);
		rules.check(user.organisationId(), null, form.definition(), result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		rules.add(user.organisationId(), form.definition(), form.position());
		return "redirect:/decisions/rules?added";
	}

	@GetMapping("/decisions/rules/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RuleController.requireManager(user);
		var rule = rules.get(user.organisationId(), id);
		return form(user, rule, RuleForm.of(rule), rule.getVersion(), model);
	}

	@PostMapping("/decisions/rules/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("ruleForm") RuleForm form,
			BindingResult bound, Model model) {
		RuleController.requireManager(user);
		var rule = rules.get(user.organisationId(), id);
		var result = binding.onForm(form, bound, model);
		rules.check(user.organisationId(), id, form.definition(), result);
		if (result.hasErrors() || form.version() == null || form.position() == null) {
			return form(user, rule, form, form.version(), model);
		}
		try {
			rules.redefine(user.organisationId(), id, form.definition(), form.position(), form.version());
		}
		catch (RuleChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = rules.get(user.organisationId(), id);
			result.reject("decisions.rule.changedMeanwhile");
			model.addAttribute("current", current);
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return form(user, current, form, current.getVersion(), model);
		}
		return "redirect:/decisions/rules?saved";
	}

	private String form(CurrentUser user, @Nullable DecisionRule rule, RuleForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("version", version);
		model.addAttribute("ruleForm", form);
		model.addAttribute("conditions", RuleCondition.values());
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("analyses", Analysis.values());
		model.addAttribute("bodies", bodies.of(user.organisationId()));
		model.addAttribute("bodyNames", RuleController.bodyNames(bodies, user.organisationId()));
		return "decisions/rule-form";
	}

}
