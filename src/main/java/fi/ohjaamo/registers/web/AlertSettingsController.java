package fi.ohjaamo.registers.web;

import java.util.Objects;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.RegisterChangedMeanwhileException;
import fi.ohjaamo.registers.RegisterSettings;
import fi.ohjaamo.shared.web.BoundForms;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** IT management sets how far ahead the organisation's home page warns. A stale save shows the other person's limits. */
@Controller
class AlertSettingsController {

	private final RegisterSettings settings;

	AlertSettingsController(RegisterSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/registers/settings")
	String edit(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		var limits = settings.limitsOf(user.organisationId());
		return form(AlertSettingsForm.of(limits), limits.version(), model);
	}

	@PostMapping("/registers/settings")
	String save(CurrentUser user, @Valid @ModelAttribute("settingsForm") AlertSettingsForm form, BindingResult bound,
			Model model) {
		RegisterAccess.requireKeeper(user);
		var result = BoundForms.onTarget(form, bound, model);
		if (result.hasErrors()) {
			return form(form, form.version(), model);
		}
		try {
			settings.setLimits(user.organisationId(), Objects.requireNonNull(form.supportMonths()),
					Objects.requireNonNull(form.noticeDays()), form.version());
		}
		catch (RegisterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			var current = settings.limitsOf(user.organisationId());
			result.reject("registers.changedMeanwhile");
			model.addAttribute("current", current);
			return form(form, current.version(), model);
		}
		return "redirect:/?limitsSaved";
	}

	private static String form(AlertSettingsForm form, @Nullable Long version, Model model) {
		model.addAttribute("settingsForm", form);
		model.addAttribute("version", version);
		return "registers/settings";
	}

}
