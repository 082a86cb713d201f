package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organisation's indicators grouped by goal, and one indicator's trend against its targets: everyone
 * reads them, IT management adds measured values.
 */
@Controller
class IndicatorController {

	/** A goal and its indicators, for the overview. */
	record GoalIndicators(GoalView goal, List<Indicator> indicators) {
	}

	private final Indicators indicators;

	private final StrategicGoals goals;

	private final IndicatorBinding binding;

	IndicatorController(Indicators indicators, StrategicGoals goals, IndicatorBinding binding) {
		this.indicators = indicators;
		this.goals = goals;
		this.binding = binding;
	}

	@GetMapping("/strategy/indicators")
	String list(CurrentUser user, Model model) {
		var all = indicators.of(user.organisationId());
		model.addAttribute("groups", goals.of(user.organisationId())
			.stream()
			.map(g -> new GoalIndicators(g, all.stream().filter(i -> i.getGoalId().equals(g.id())).toList()))
			.toList());
		model.addAttribute("mayManage", user.ownsPortfolio());
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
		requireManager(user);
		var indicator = indicators.get(user.organisationId(), id);
		if (binding.onForm(form, result, model).hasErrors()) {
			return page(user, indicator, form, model);
		}
		indicators.measure(user.organisationId(), id, form.measurement());
		return "redirect:/strategy/indicators/" + id + "?measured";
	}

	private String page(CurrentUser user, Indicator indicator, IndicatorMeasurementForm form, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("goal", goals.get(user.organisationId(), indicator.getGoalId()));
		model.addAttribute("trend", indicator.trend());
		model.addAttribute("chart", IndicatorChart.of(indicator.trend()));
		model.addAttribute("measurementForm", form);
		model.addAttribute("mayManage", user.ownsPortfolio());
		return "strategy/indicator";
	}

	static void requireManager(CurrentUser user) {
		if (!user.ownsPortfolio()) {
			throw new AccessDeniedException("only IT management keeps the indicators");
		}
	}

}
