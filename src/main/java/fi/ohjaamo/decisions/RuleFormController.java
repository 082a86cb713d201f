package fi.ohjaamo.decisions;

import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.steering.SteeringBodies;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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

	private final EditMerge merges;

	RuleFormController(DecisionRules rules, SteeringBodies bodies, FormBinding binding, EditMerge merges) {
		this.merges = merges;
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
		rules.add(user, form.definition(), form.position());
		return "redirect:/decisions/rules?added";
	}

	@GetMapping("/decisions/rules/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RuleController.requireManager(user);
		var rule = rules.get(user.organisationId(), id);
		var form = RuleForm.of(rule);
		merges.carry(model, form);
		return form(user, rule, form, rule.getVersion(), model);
	}

	@PostMapping("/decisions/rules/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("ruleForm") RuleForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RuleController.requireManager(user);
		return merges.begin(merge, "ruleForm", posted, RuleForm.class, reading(user), model)
			.showing(bound, form -> form(user, rules.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> rules.check(user.organisationId(), id, form.definition(), result))
			.saving(RuleForm::version, (form, version) -> rules.redefine(user, id, form.definition(),
					Objects.requireNonNull(form.position(), "a checked position"), version))
			.stale(() -> new Theirs<>(RuleForm.of(rules.get(user.organisationId(), id))))
			.then("redirect:/decisions/rules?saved");
	}

	private FieldReading reading(CurrentUser user) {
		var names = new java.util.HashMap<UUID, String>();
		bodies.of(user.organisationId()).forEach(b -> names.put(b.getId(), b.getName()));
		return FieldReading.labelled("decisions.rule.")
			.names("bodyId", names)
			.enums(value -> switch (value) {
				case RuleCondition c -> "decisions.condition." + c;
				case Analysis a -> "decisions.analysis." + a;
				case ProjectKind k -> "portfolio.projectKind." + k;
				default -> null;
			});
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
