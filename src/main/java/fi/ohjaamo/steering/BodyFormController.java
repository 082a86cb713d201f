package fi.ohjaamo.steering;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.BoundForms;
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

/** Adding and editing a steering body. A stale save shows the other person's values and keeps what was typed. */
@Controller
class BodyFormController {

	private final SteeringBodies bodies;

	BodyFormController(SteeringBodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping("/steering/bodies/new")
	String create(CurrentUser user, Model model) {
		BodyController.requireManager(user);
		return form(user, null, BodyForm.blank(), null, model);
	}

	@PostMapping("/steering/bodies")
	String add(CurrentUser user, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult bound, Model model) {
		BodyController.requireManager(user);
		var result = BoundForms.onTarget(form, bound, model);
		bodies.check(user.organisationId(), null, form.definition(), result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		var body = bodies.add(user.organisationId(), form.definition());
		return "redirect:/steering/bodies/" + body.getId() + "?saved";
	}

	@GetMapping("/steering/bodies/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		BodyController.requireManager(user);
		var body = bodies.get(user.organisationId(), id);
		return form(user, body, BodyForm.of(body), body.getVersion(), model);
	}

	@PostMapping("/steering/bodies/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("bodyForm") BodyForm form,
			BindingResult bound, Model model) {
		BodyController.requireManager(user);
		var body = bodies.get(user.organisationId(), id);
		var result = BoundForms.onTarget(form, bound, model);
		bodies.check(user.organisationId(), id, form.definition(), result);
		if (result.hasErrors() || form.version() == null) {
			return form(user, body, form, form.version(), model);
		}
		try {
			bodies.redefine(user.organisationId(), id, form.definition(), form.version());
		}
		catch (BodyChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = bodies.get(user.organisationId(), id);
			result.reject("steering.body.changedMeanwhile");
			model.addAttribute("current", current);
			// Saving again from here is a deliberate choice over the other person's values, so it is based on theirs.
			return form(user, current, form, current.getVersion(), model);
		}
		return "redirect:/steering/bodies/" + id + "?saved";
	}

	private String form(CurrentUser user, @Nullable SteeringBody body, BodyForm form, @Nullable Long version,
			Model model) {
		var people = bodies.people(user.organisationId());
		model.addAttribute("body", body);
		model.addAttribute("version", version);
		model.addAttribute("bodyForm", form);
		model.addAttribute("people", people);
		model.addAttribute("names", people.stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.displayName())));
		model.addAttribute("kinds", BodyKind.values());
		return "steering/body-form";
	}

}
