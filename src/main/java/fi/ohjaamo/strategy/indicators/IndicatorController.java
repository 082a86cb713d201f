package fi.ohjaamo.strategy.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.web.FormBinding;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's indicators grouped by the focus area or goal they measure, and one indicator's trend against
 * its targets: everyone reads them, IT management adds measured values.
 */
@Controller
class IndicatorController {

	/**
	 * A focus area or a goal and the indicators measuring it, for the list; {@code kind} is {@code focusArea} or
	 * {@code goal}, which is also the parameter that adds an indicator to it.
	 */
	record IndicatorGroup(String kind, UUID id, String name, List<Indicator> indicators) {
	}

	private final Indicators indicators;

	private final StrategicGoals goals;

	private final FocusAreas focusAreas;

	private final FormBinding binding;

	private final JsonMapper json;

	IndicatorController(Indicators indicators, StrategicGoals goals, FocusAreas focusAreas, FormBinding binding,
			JsonMapper json) {
		this.indicators = indicators;
		this.json = json;
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.binding = binding;
	}

	@GetMapping("/strategy/indicators")
	String list(CurrentUser user, Model model) {
		var all = indicators.of(user.organisationId());
		var groups = new ArrayList<IndicatorGroup>();
		// Focus areas only when something measures them, so the list does not fill with empty ones.
		for (var area : focusAreas.ofOrganisation(user.organisationId())) {
			var measuring = all.stream().filter(i -> area.getId().equals(i.getFocusAreaId())).toList();
			if (!measuring.isEmpty()) {
				groups.add(new IndicatorGroup("focusArea", area.getId(), area.getName(), measuring));
			}
		}
		for (var goal : goals.of(user.organisationId())) {
			groups.add(new IndicatorGroup("goal", goal.id(), goal.name(),
					all.stream().filter(i -> goal.id().equals(i.getGoalId())).toList()));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/indicators";
	}

	@GetMapping("/strategy/indicators/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, indicators.get(user.organisationId(), id), IndicatorMeasurementForm.blank(), model);
	}

	@PostMapping("/strategy/indicators/{id}/measurements")
	String measure(CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("measurementForm") IndicatorMeasurementForm form, BindingResult result,
			Model model) {
		StrategyPermissions.requireKeeper(user);
		var indicator = indicators.get(user.organisationId(), id);
		var checked = binding.onForm(form, result, model);
		indicators.checkMeasurement(user.organisationId(), id, form.value(), checked);
		if (checked.hasErrors()) {
			return page(user, indicator, form, model);
		}
		indicators.measure(user, id, form.measurement());
		return "redirect:/strategy/indicators/" + id + "?measured";
	}

	private String page(CurrentUser user, Indicator indicator, IndicatorMeasurementForm form, Model model) {
		model.addAttribute("indicator", indicator);
		UUID goalId = indicator.getGoalId();
		UUID focusAreaId = indicator.getFocusAreaId();
		model.addAttribute("goal", goalId == null ? null : goals.get(user.organisationId(), goalId));
		model.addAttribute("focusArea", focusAreaId == null ? null : focusAreas.get(user.organisationId(), focusAreaId));
		model.addAttribute("trend", indicator.trend());
		model.addAttribute("chart", IndicatorChart.of(indicator.trend(), LocaleContextHolder.getLocale(), json));
		model.addAttribute("measurementForm", form);
		model.addAttribute("mayManage", StrategyPermissions.mayKeep(user));
		return "strategy/indicator";
	}

}
