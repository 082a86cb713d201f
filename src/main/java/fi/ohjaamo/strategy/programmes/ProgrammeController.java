package fi.ohjaamo.strategy.programmes;

import java.util.HashMap;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.ProgrammeStatus;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
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
 * The organisation's programmes: everyone reads them and their tree of themes, worksites and projects; IT
 * management creates and edits them. An edit based on an outdated view is merged with the other person's save.
 */
@Controller
class ProgrammeController {

	private final Programmes programmes;

	private final Strategies strategies;

	private final ProgrammePage page;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	ProgrammeController(Programmes programmes, Strategies strategies, ProgrammePage page, EditMerge merges,
			LastSaver lastSaver) {
		this.programmes = programmes;
		this.strategies = strategies;
		this.page = page;
		this.merges = merges;
		this.lastSaver = lastSaver;
	}

	@GetMapping("/strategy/programmes")
	String list(CurrentUser user, Model model) {
		model.addAttribute("programmes", programmes.of(user.organisationId()));
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/programmes";
	}

	@GetMapping("/strategy/programmes/new")
	String createForm(CurrentUser user, Model model) {
		StrategyPermissions.requireKeeper(user);
		return formPage(user, null, ProgrammeForm.blank(), null, model);
	}

	@PostMapping("/strategy/programmes")
	String create(CurrentUser user, @Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result,
			Model model) {
		StrategyPermissions.requireKeeper(user);
		check(user, form, result);
		if (result.hasErrors()) {
			return formPage(user, null, form, null, model);
		}
		var programme = programmes.create(user, form.name(), Objects.requireNonNull(form.startYear()),
				Objects.requireNonNull(form.endYear()),
				form.description(), form.strategyId(), Objects.requireNonNull(form.status()));
		return "redirect:/strategy/programmes/" + programme.getId() + "?saved";
	}

	@GetMapping("/strategy/programmes/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		return page.render(user, id, SpearheadThemeForm.blank(), model);
	}

	@GetMapping("/strategy/programmes/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var programme = programmes.get(user.organisationId(), id);
		var form = ProgrammeForm.of(programme);
		merges.carry(model, form);
		return formPage(user, programme, form, programme.getVersion(), model);
	}

	@PostMapping("/strategy/programmes/{id}")
	String revise(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("programmeForm") ProgrammeForm posted,
			BindingResult bound, MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		return merges.begin(merge, "programmeForm", posted, ProgrammeForm.class, reading(user), model)
			.showing(bound, form -> formPage(user, programmes.get(user.organisationId(), id), form, form.version(), model))
			.checking((form, result) -> check(user, form, result))
			.saving(ProgrammeForm::version, (form, version) -> programmes.revise(user, id, form.name(),
					Objects.requireNonNull(form.startYear()), Objects.requireNonNull(form.endYear()), form.description(),
					form.strategyId(), Objects.requireNonNull(form.status()), version))
			.stale(() -> new Theirs<>(ProgrammeForm.of(programmes.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), ProgrammeVersions.PROGRAMME, id)))
			.then("redirect:/strategy/programmes/" + id + "?saved");
	}

	/** The programme's fields as the form names them; its strategy by name, its status in words. */
	private FieldReading reading(CurrentUser user) {
		var names = new HashMap<UUID, String>();
		strategies.of(user.organisationId()).forEach(s -> names.put(s.getId(), s.getName()));
		return FieldReading.labelled("strategy.programme.")
			.names("strategyId", names)
			.whenEmpty("strategyId", "strategy.programme.noStrategy")
			.enums(status -> "strategy.programmeStatus." + status.name());
	}

	private void check(CurrentUser user, ProgrammeForm form, BindingResult result) {
		programmes.check(user.organisationId(), form.startYear(), form.endYear(), form.strategyId(), result);
	}

	private String formPage(CurrentUser user, @Nullable Programme programme, ProgrammeForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("programmeForm", form);
		model.addAttribute("version", version);
		model.addAttribute("strategies", strategies.of(user.organisationId()));
		model.addAttribute("statuses", ProgrammeStatus.values());
		return "strategy/programme-form";
	}

}
