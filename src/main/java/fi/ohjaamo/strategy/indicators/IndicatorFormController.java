package fi.ohjaamo.strategy.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.EditFlow.Theirs;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.IndicatorCadence;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.TargetBasis;
import fi.ohjaamo.strategy.TargetOperator;
import fi.ohjaamo.strategy.support.LastSaver;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding and editing an indicator with its yearly targets. Target rows are added and removed by sending the
 * form, so it works without JavaScript. A save based on an outdated view is merged with the other person's save;
 * the targets are one field, taken, kept or chosen whole.
 */
@Controller
class IndicatorFormController {

	private final Indicators indicators;

	private final StrategicGoals goals;

	private final FocusAreas focusAreas;

	private final FormBinding binding;

	private final EditMerge merges;

	private final LastSaver lastSaver;

	private final MessageSource messages;

	IndicatorFormController(Indicators indicators, StrategicGoals goals, FocusAreas focusAreas, FormBinding binding,
			EditMerge merges, LastSaver lastSaver, MessageSource messages) {
		this.indicators = indicators;
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.binding = binding;
		this.merges = merges;
		this.lastSaver = lastSaver;
		this.messages = messages;
	}

	@GetMapping("/strategy/indicators/new")
	String create(CurrentUser user, @RequestParam(name = "goal", required = false) @Nullable UUID goalId,
			@RequestParam(name = "focusArea", required = false) @Nullable UUID focusAreaId, Model model) {
		StrategyPermissions.requireKeeper(user);
		return form(user, null, IndicatorForm.blank(goalId, focusAreaId), null, model);
	}

	@PostMapping("/strategy/indicators")
	String add(CurrentUser user, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult bound,
			@RequestParam(name = "_action", required = false) @Nullable String action, Model model) {
		StrategyPermissions.requireKeeper(user);
		if (changesRows(action, form)) {
			return form(user, null, fresh(form), form.version(), model);
		}
		var result = binding.onForm(form, bound, model);
		indicators.check(user.organisationId(), form, result);
		if (result.hasErrors()) {
			return form(user, null, form, null, model);
		}
		var indicator = indicators.add(user, form.definition());
		return "redirect:/strategy/indicators/" + indicator.getId() + "?added";
	}

	@GetMapping("/strategy/indicators/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		StrategyPermissions.requireKeeper(user);
		var indicator = indicators.get(user.organisationId(), id);
		var form = IndicatorForm.of(indicator);
		merges.carry(model, form);
		return form(user, indicator, form, indicator.getVersion(), model);
	}

	@PostMapping("/strategy/indicators/{id}")
	String save(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("indicatorForm") IndicatorForm posted,
			BindingResult bound, @RequestParam(name = "_action", required = false) @Nullable String action,
			MergeInput merge, Model model) {
		StrategyPermissions.requireKeeper(user);
		var edit = merges.begin(merge, "indicatorForm", posted, IndicatorForm.class, reading(user), model);
		// Adding or removing a target row changes the form before any save: shown again, open choices kept.
		if (changesRows(action, edit.form())) {
			edit.showAgain();
			return form(user, id, fresh(edit.form()), model);
		}
		return edit.showing(bound, form -> form(user, id, form, model))
			.checking((form, result) -> indicators.check(user.organisationId(), form, result))
			.saving(IndicatorForm::version, (form, version) -> indicators.redefine(user, id, form.definition(), version))
			.stale(() -> new Theirs<>(IndicatorForm.of(indicators.get(user.organisationId(), id)),
					lastSaver.of(user.organisationId(), StrategyVersions.INDICATOR, id)))
			.then("redirect:/strategy/indicators/" + id + "?saved");
	}

	/** The indicator's fields as the form names them; its goal and focus area by name, its direction in words. */
	private FieldReading reading(CurrentUser user) {
		var goalNames = new HashMap<UUID, String>();
		goals.of(user.organisationId()).forEach(g -> goalNames.put(g.id(), g.name()));
		var areaNames = new HashMap<UUID, String>();
		focusAreas.ofOrganisation(user.organisationId()).forEach(a -> areaNames.put(a.getId(), a.getName()));
		return FieldReading.labelled("strategy.indicator.")
			.label("goalId", "strategy.indicator.goal")
			.label("focusAreaId", "history.indicator.focusArea")
			.names("goalId", goalNames)
			.names("focusAreaId", areaNames)
			.whenEmpty("goalId", "history.indicator.goal.none")
			.whenEmpty("focusAreaId", "history.indicator.focusArea.none")
			.values((field, value) -> value instanceof IndicatorForm.Target row ? targetRow(row) : null)
			.enums(IndicatorFormController::enumKey);
	}

	private static @Nullable String enumKey(Enum<?> value) {
		return switch (value) {
			case IndicatorDirection direction -> "strategy.indicatorDirection." + direction.name();
			case IndicatorCadence cadence -> "strategy.indicatorCadence." + cadence.name();
			default -> null;
		};
	}

	/** A target row in the merge's choice: "2025/1 ≥ 4", and what it compares with in the reader's words. */
	private String targetRow(IndicatorForm.Target row) {
		Integer half = row.half();
		String period = (row.year() == null ? "?" : row.year().toString()) + (half == null || half == 0 ? "" : "/" + half);
		String operator = row.operator() == null ? "?" : row.operator().symbol();
		String value = row.value() == null ? "" : " " + row.value().toPlainString();
		String upper = row.upper() == null ? "" : "–" + row.upper().toPlainString();
		String basis = row.basis() == null || row.basis() == TargetBasis.VALUE ? ""
				: " (" + messages.getMessage("strategy.targetBasis." + row.basis().name(), null,
						LocaleContextHolder.getLocale()) + ")";
		return period + " " + operator + value + upper + basis;
	}

	/** Adds or removes a target row; false when the action is a save. */
	private static boolean changesRows(@Nullable String action, IndicatorForm form) {
		if ("addTarget".equals(action)) {
			form.targets().add(IndicatorForm.Target.blank(form.direction()));
			return true;
		}
		if (action != null && action.startsWith("removeTarget:")) {
			try {
				int index = Integer.parseInt(action.substring("removeTarget:".length()));
				if (index >= 0 && index < form.targets().size()) {
					form.targets().remove(index);
				}
			}
			catch (NumberFormatException ex) {
				// a tampered button value removes nothing
			}
			return true;
		}
		return false;
	}

	/**
	 * A copy of the form: after a row is removed the rows below have moved, so the old errors would sit on the
	 * wrong rows. A new object leaves the binding result, and so the errors, behind.
	 */
	private static IndicatorForm fresh(IndicatorForm form) {
		return form.withTargets(form.targets());
	}

	/** The form of a saved indicator, as it now is, with the values on the form. */
	private String form(CurrentUser user, UUID id, IndicatorForm form, Model model) {
		return form(user, indicators.get(user.organisationId(), id), form, form.version(), model);
	}

	private String form(CurrentUser user, @Nullable Indicator indicator, IndicatorForm form, @Nullable Long version,
			Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("version", version);
		model.addAttribute("indicatorForm", form);
		model.addAttribute("goals", goals.of(user.organisationId()));
		model.addAttribute("focusAreaGroups", focusAreas.byStrategy(user.organisationId()));
		model.addAttribute("directions", IndicatorDirection.values());
		model.addAttribute("cadences", IndicatorCadence.values());
		model.addAttribute("bases", TargetBasis.values());
		model.addAttribute("operators", TargetOperator.values());
		model.addAttribute("halves", List.of(0, 1, 2));
		return "strategy/indicator-form";
	}

}
