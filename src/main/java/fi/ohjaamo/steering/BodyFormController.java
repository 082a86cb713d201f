package fi.ohjaamo.steering;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Adding and editing a steering body. A stale save is never written: it is merged three ways with the other
 * person's save ({@link EditMerge}) and shown again.
 */
@Controller
class BodyFormController {

	private final SteeringBodies bodies;

	private final EditMerge merges;

	private final Versions versions;

	BodyFormController(SteeringBodies bodies, EditMerge merges, Versions versions) {
		this.bodies = bodies;
		this.versions = versions;
		this.merges = merges;
	}

	@GetMapping("/steering/bodies/new")
	String create(CurrentUser user, Model model) {
		SteeringPermissions.requireKeeper(user);
		return form(user, null, BodyForm.blank(), null, model);
	}

	@PostMapping("/steering/bodies")
	String add(CurrentUser user, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult bound, Model model) {
		SteeringPermissions.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		bodies.check(user.organisationId(), null, form.definition(), result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		var body = bodies.add(user, form.definition());
		return "redirect:/steering/bodies/" + body.getId() + "?saved";
	}

	@GetMapping("/steering/bodies/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		SteeringPermissions.requireKeeper(user);
		var body = bodies.get(user.organisationId(), id);
		var form = BodyForm.of(body);
		merges.carry(model, form);
		return form(user, body, form, body.getVersion(), model);
	}

	@PostMapping("/steering/bodies/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("bodyForm") BodyForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		SteeringPermissions.requireKeeper(user);
		return merges.begin(merge, "bodyForm", posted, BodyForm.class, reading(user), model)
			.showing(bound, form -> form(user, bodies.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> bodies.check(user.organisationId(), id, form.definition(), result))
			.saving(BodyForm::version, (form, version) -> bodies.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(BodyForm.of(bodies.get(user.organisationId(), id)), lastSavedBy(user, id)))
			.then("redirect:/steering/bodies/" + id + "?saved");
	}

	/** Who saved the record last, as its kept versions tell; null when it has none. */
	private @Nullable String lastSavedBy(CurrentUser user, UUID id) {
		try {
			return versions.of(user.organisationId(), new Subject(SteeringBodies.SUBJECT_TYPE, id)).getFirst().authorName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private FieldReading reading(CurrentUser user) {
		var names = bodies.people(user.organisationId())
			.stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.displayName()));
		return FieldReading.labelled("steering.body.")
			.label("memberIds", "steering.body.members")
			.label("chairId", "steering.body.chair")
			.label("preparerId", "steering.body.preparer")
			.names("memberIds", names)
			.names("chairId", names)
			.names("preparerId", names)
			.enums(kind -> "steering.kind." + kind.name());
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
