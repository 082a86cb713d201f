package fi.ohjaamo.registers.web;

import java.util.Objects;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.RegisterSettings;
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
import org.springframework.web.bind.annotation.PostMapping;

/** IT management sets how far ahead the organisation's home page warns. A stale save is merged with the other person's
 * limits ({@link EditMerge}). */
@Controller
class AlertSettingsController {

	private final RegisterSettings settings;

	private final EditMerge merges;

	AlertSettingsController(RegisterSettings settings, EditMerge merges) {
		this.settings = settings;
		this.merges = merges;
	}

	@GetMapping("/registers/settings")
	String edit(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		var limits = settings.limitsOf(user.organisationId());
		var form = AlertSettingsForm.of(limits);
		merges.carry(model, form);
		return form(form, limits.version(), model);
	}

	@PostMapping("/registers/settings")
	String save(CurrentUser user, @Valid @ModelAttribute("settingsForm") AlertSettingsForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		RegisterAccess.requireKeeper(user);
		// The limits are set once per organisation: a form without a version sets them for the first time.
		return merges.begin(merge, "settingsForm", posted, AlertSettingsForm.class,
				FieldReading.labelled("registers.settings."), model)
			.showing(bound, form -> form(form, form.version(), model))
			.saving(form -> settings.setLimits(user, Objects.requireNonNull(form.supportMonths()),
					Objects.requireNonNull(form.noticeDays()), form.version()))
			.stale(() -> new Theirs<>(AlertSettingsForm.of(settings.limitsOf(user.organisationId()))))
			.then("redirect:/?limitsSaved");
	}

	private static String form(AlertSettingsForm form, @Nullable Long version, Model model) {
		model.addAttribute("settingsForm", form);
		model.addAttribute("version", version);
		return "registers/settings";
	}

}
