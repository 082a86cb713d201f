package fi.ohjaamo.strategy.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.actions.Action;
import fi.ohjaamo.strategy.goals.CityGoal;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.goals.StrategicGoal;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.Approval;
import fi.ohjaamo.strategy.StrategyLineKind;
import fi.ohjaamo.strategy.TargetBasis;
import fi.ohjaamo.strategy.TargetOperator;
import fi.ohjaamo.strategy.swot.SwotAnalysis;
import fi.ohjaamo.strategy.swot.SwotItem;
import fi.ohjaamo.strategy.actions.ActionRepository;
import fi.ohjaamo.strategy.goals.CityGoalRepository;
import fi.ohjaamo.strategy.goals.StrategicGoalRepository;
import fi.ohjaamo.strategy.strategies.FocusAreaRepository;
import fi.ohjaamo.strategy.strategies.StrategyRepository;
import fi.ohjaamo.strategy.swot.SwotItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a version of a strategy record with each of its saves. Linked records (focus area, city-strategy goals,
 * the responsible party, the goal) are resolved to their names now, so an old version reads as it was even after
 * they are renamed or removed; enum values are kept as message codes and worded when shown.
 */
@Component
public class StrategyVersions {

	public static final String STRATEGY = "strategy";

	public static final String FOCUS_AREA = "focus-area";

	public static final String GOAL = "strategic-goal";

	public static final String CITY_GOAL = "city-goal";

	public static final String ACTION = "action";

	public static final String INDICATOR = "indicator";

	public static final String SWOT_ANALYSIS = "swot-analysis";

	public static final String SWOT_ITEM = "swot-item";

	private final Versions versions;

	private final StrategyRepository strategies;

	private final FocusAreaRepository focusAreas;

	private final CityGoalRepository cityGoals;

	private final StrategicGoalRepository goals;

	private final ActionRepository actions;

	private final SwotItemRepository swotItems;

	private final Organisations organisations;

	StrategyVersions(Versions versions, StrategyRepository strategies, FocusAreaRepository focusAreas,
			CityGoalRepository cityGoals, StrategicGoalRepository goals, ActionRepository actions,
			SwotItemRepository swotItems, Organisations organisations) {
		this.versions = versions;
		this.strategies = strategies;
		this.focusAreas = focusAreas;
		this.cityGoals = cityGoals;
		this.goals = goals;
		this.actions = actions;
		this.swotItems = swotItems;
		this.organisations = organisations;
	}

	/** The number the strategy's next kept version gets. */
	public int nextNumber(Strategy strategy) {
		return versions.count(strategy.getOrganisationId(), new Subject(STRATEGY, strategy.getId())) + 1;
	}

	public void kept(Strategy strategy) {
		var fields = Snapshot.builder()
			.text("history.field.name", strategy.getName())
			.text("history.field.years", strategy.getStartYear() + "–" + strategy.getEndYear())
			.text("history.field.vision", strategy.getVision())
			.text("history.field.mission", strategy.getMission())
			.text("history.field.principles", String.join("\n", strategy.linesOf(StrategyLineKind.PRINCIPLE)))
			.text("history.field.policies", String.join("\n", strategy.linesOf(StrategyLineKind.POLICY)))
			.code("history.field.status", code(strategy.getStatus()))
			.code("history.field.current", strategy.isCurrent() ? "history.value.yes" : "history.value.no");
		approvals(strategy.getApprovals(), fields);
		versions.keep(strategy.getOrganisationId(), new Subject(STRATEGY, strategy.getId()), strategy.getName(),
				fields.build());
	}

	/** Every decision of the approval chain, each field labelled with the decision's place in the chain. */
	private static void approvals(List<Approval> chain, Snapshot.Builder fields) {
		for (int i = 0; i < chain.size(); i++) {
			var decision = chain.get(i);
			String n = Integer.toString(i + 1);
			fields.text("history.field.decisionBody", n, decision.body());
			var date = decision.date();
			if (date == null) {
				fields.code("history.field.decisionDate", n, "history.value.dateUnknown");
			}
			else {
				fields.date("history.field.decisionDate", n, date);
			}
			fields.text("history.field.decisionSection", n, Objects.requireNonNullElse(decision.minutesSection(), ""))
				.text("history.field.decisionAppendix", n, Objects.requireNonNullElse(decision.appendix(), ""))
				.text("history.field.decisionDiaryNumber", n, Objects.requireNonNullElse(decision.diaryNumber(), ""))
				.text("history.field.decisionLink", n, Objects.requireNonNullElse(decision.link(), ""));
		}
	}

	public void kept(FocusArea area) {
		versions.keep(area.getOrganisationId(), new Subject(FOCUS_AREA, area.getId()), area.getName(), snapshot(area));
	}

	private Snapshot snapshot(FocusArea area) {
		var ordered = focusAreas.findByStrategyIdAndOrganisationIdOrderBySortOrderAsc(area.getStrategyId(),
				area.getOrganisationId());
		return Snapshot.builder()
			.text("history.field.strategy", strategyName(area.getOrganisationId(), area.getStrategyId()))
			.text("history.field.name", area.getName())
			.text("history.field.description", area.getDescription())
			.number("history.field.position", null, position(ordered.stream().map(FocusArea::getId).toList(), area.getId()))
			.build();
	}

	public void kept(StrategicGoal goal) {
		UUID focusAreaId = goal.getFocusAreaId();
		var cityGoalNames = cityGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(goal.getOrganisationId())
			.stream()
			.filter(c -> goal.getCityGoalIds().contains(c.getId()))
			.map(CityGoal::getName)
			.collect(Collectors.joining("\n"));
		var fields = Snapshot.builder()
			.text("history.field.name", goal.getName())
			.text("history.field.focusArea", focusAreaId == null ? ""
					: focusAreas.findByIdAndOrganisationId(focusAreaId, goal.getOrganisationId())
						.map(FocusArea::getName)
						.orElse(""))
			.text("history.field.description", goal.getDescription())
			.text("history.field.successFactors", goal.getSuccessFactors())
			.text("history.field.cityGoals", cityGoalNames);
		versions.keep(goal.getOrganisationId(), new Subject(GOAL, goal.getId()), goal.getName(), fields.build());
	}

	public void kept(CityGoal goal) {
		versions.keep(goal.getOrganisationId(), new Subject(CITY_GOAL, goal.getId()), goal.getName(), snapshot(goal));
	}

	public void deleted(CityGoal goal) {
		versions.keepDeleted(goal.getOrganisationId(), new Subject(CITY_GOAL, goal.getId()), goal.getName(),
				snapshot(goal));
	}

	private Snapshot snapshot(CityGoal goal) {
		var ordered = cityGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(goal.getOrganisationId());
		return Snapshot.builder()
			.text("history.field.name", goal.getName())
			.text("history.field.description", goal.getDescription())
			.number("history.field.position", null, position(ordered.stream().map(CityGoal::getId).toList(), goal.getId()))
			.build();
	}

	public void kept(Action action) {
		versions.keep(action.getOrganisationId(), new Subject(ACTION, action.getId()), action.getDescription(),
				snapshot(action));
	}

	public void deleted(Action action) {
		versions.keepDeleted(action.getOrganisationId(), new Subject(ACTION, action.getId()), action.getDescription(),
				snapshot(action));
	}

	private Snapshot snapshot(Action action) {
		var ordered = actions.findByOrganisationIdAndGoalIdOrderBySortOrderAsc(action.getOrganisationId(),
				action.getGoalId());
		UUID itemId = action.getSwotItemId();
		return Snapshot.builder()
			.text("history.field.goal", goalName(action.getOrganisationId(), action.getGoalId()))
			.text("history.field.description", action.getDescription())
			.text("history.field.responsible",
					ActionChoices.of(organisations, action.getOrganisationId()).nameOf(action.responsible()))
			.text("history.field.due", action.getDue())
			.code("history.field.status", code(action.getStatus()))
			.text("history.field.progressNote", action.getProgressNote())
			.text("history.field.swotItem",
					itemId == null ? "" : swotItems.findByIdAndOrganisationId(itemId, action.getOrganisationId())
						.map(SwotItem::getDescription)
						.orElse(""))
			.number("history.field.position", null, position(ordered.stream().map(Action::getId).toList(), action.getId()))
			.build();
	}

	public void kept(Indicator indicator) {
		versions.keep(indicator.getOrganisationId(), new Subject(INDICATOR, indicator.getId()), indicator.getName(),
				snapshot(indicator));
	}

	/** The indicator as it was when deleted, measured values and all: the history keeps what the page no longer shows. */
	public void deleted(Indicator indicator) {
		versions.keepDeleted(indicator.getOrganisationId(), new Subject(INDICATOR, indicator.getId()),
				indicator.getName(), snapshot(indicator));
	}

	private Snapshot snapshot(Indicator indicator) {
		UUID goalId = indicator.getGoalId();
		UUID focusAreaId = indicator.getFocusAreaId();
		var fields = Snapshot.builder()
			.text("history.field.goal", goalId == null ? "" : goalName(indicator.getOrganisationId(), goalId))
			.text("history.field.focusArea", focusAreaId == null ? ""
					: focusAreas.findByIdAndOrganisationId(focusAreaId, indicator.getOrganisationId())
						.map(FocusArea::getName)
						.orElse(""))
			.text("history.field.name", indicator.getName())
			.text("history.field.unit", indicator.getUnitOfMeasure())
			.code("history.field.direction", code(indicator.getDirection()))
			.number("history.field.baselineValue", null, indicator.getBaselineValue())
			.text("history.field.baselineYear",
					indicator.getBaselineYear() == null ? "" : String.valueOf(indicator.getBaselineYear()));
		fields.code("history.field.followUp", "strategy.indicatorCadence." + indicator.getFollowUp().name())
			.number("history.field.scaleMin", null, indicator.getScaleMin())
			.number("history.field.scaleMax", null, indicator.getScaleMax())
			.text("history.field.comparedSeries", indicator.getComparedSeries());
		// A target's rule in signs that read the same in every language, its basis in the reader's words.
		for (var target : indicator.getTargets()) {
			fields.text("history.field.target", target.period(), ruleInSigns(target));
			if (target.basis() != TargetBasis.VALUE) {
				fields.code("history.field.targetBasis", target.period(), "strategy.targetBasis." + target.basis().name());
			}
		}
		for (var measurement : indicator.getMeasurements()) {
			String day = measurement.date().toString();
			fields.number("history.field.measurement", day, measurement.value());
			fields.number("history.field.measurementCompared", day, measurement.compared());
			if (!measurement.source().isEmpty()) {
				fields.text("history.field.measurementSource", day, measurement.source());
			}
		}
		return fields.build();
	}

	private static String ruleInSigns(IndicatorTarget target) {
		var value = target.value();
		var upper = target.upper();
		if (target.operator() == TargetOperator.BETWEEN) {
			return (value == null ? "" : value.stripTrailingZeros().toPlainString()) + "–"
					+ (upper == null ? "" : upper.stripTrailingZeros().toPlainString());
		}
		return target.operator().symbol() + (value == null ? "" : " " + value.stripTrailingZeros().toPlainString());
	}

	public void kept(SwotAnalysis analysis) {
		UUID strategyId = analysis.getStrategyId();
		var fields = Snapshot.builder()
			.text("history.field.title", analysis.getTitle())
			.date("history.field.analysedOn", analysis.getAnalysedOn())
			.text("history.field.strategy", strategyId == null ? "" : strategyName(analysis.getOrganisationId(), strategyId));
		versions.keep(analysis.getOrganisationId(), new Subject(SWOT_ANALYSIS, analysis.getId()), analysis.getTitle(),
				fields.build());
	}

	public void kept(UUID organisationId, SwotItem item) {
		versions.keep(organisationId, new Subject(SWOT_ITEM, item.getId()), item.getDescription(),
				snapshot(organisationId, item));
	}

	public void deleted(UUID organisationId, SwotItem item) {
		versions.keepDeleted(organisationId, new Subject(SWOT_ITEM, item.getId()), item.getDescription(),
				snapshot(organisationId, item));
	}

	private Snapshot snapshot(UUID organisationId, SwotItem item) {
		var ordered = swotItems
			.findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(item.getAnalysisId(), organisationId)
			.stream()
			.filter(i -> i.getQuadrant() == item.getQuadrant())
			.toList();
		return Snapshot.builder()
			.code("history.field.quadrant", code(item.getQuadrant()))
			.text("history.field.description", item.getDescription())
			.text("history.field.response", item.getResponse())
			.number("history.field.position", null, position(ordered.stream().map(SwotItem::getId).toList(), item.getId()))
			.build();
	}

	private String strategyName(UUID organisationId, UUID strategyId) {
		return strategies.findByIdAndOrganisationId(strategyId, organisationId).map(Strategy::getName).orElse("");
	}

	private String goalName(UUID organisationId, UUID goalId) {
		return goals.findByIdAndOrganisationId(goalId, organisationId).map(StrategicGoal::getName).orElse("");
	}

	/** The place in its list, counting from one, as people see it; null when it is not in the list. */
	static @Nullable BigDecimal position(List<UUID> ordered, UUID id) {
		int at = ordered.indexOf(id);
		return at < 0 ? null : BigDecimal.valueOf(at + 1L);
	}

	/** The message code of an enum value: {@code strategy.actionStatus.DONE}. */
	static String code(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		return "strategy." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
	}

}
