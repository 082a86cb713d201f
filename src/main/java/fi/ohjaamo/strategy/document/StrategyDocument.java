package fi.ohjaamo.strategy.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.documents.Block;
import fi.ohjaamo.documents.Document;
import fi.ohjaamo.documents.DocumentBuilder;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.strategy.ActionRow;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.goals.StrategicGoal;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.StrategyLineKind;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotItemRow;
import fi.ohjaamo.strategy.SwotQuadrant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy as a document to hand to the council: vision, mission and principles; each focus area with its goals
 * and each goal's actions as a responsible/due table; the strategy's SWOT analyses (for the strategy in force also
 * those tied to no strategy) as four-quadrant tables; and the
 * indicators with their targets and latest values.
 */
@Component
class StrategyDocument {

	private final Strategies strategies;

	private final FocusAreas areas;

	private final StrategicGoals goals;

	private final Actions actions;

	private final Indicators indicators;

	private final SwotAnalyses swot;

	StrategyDocument(Strategies strategies, FocusAreas areas, StrategicGoals goals, Actions actions,
			Indicators indicators, SwotAnalyses swot) {
		this.strategies = strategies;
		this.areas = areas;
		this.goals = goals;
		this.actions = actions;
		this.indicators = indicators;
		this.swot = swot;
	}

	@Transactional(readOnly = true)
	Document of(UUID organisationId, UUID strategyId, String organisationName, Words words) {
		var strategy = strategies.get(organisationId, strategyId);
		var document = new DocumentBuilder(words.locale(), strategy.getName(), words.labels()).withTitlePage()
			.subtitle(organisationName)
			.subtitle(words.get("documents.strategy.period", Integer.toString(strategy.getStartYear()),
					Integer.toString(strategy.getEndYear())));
		for (var decision : strategy.getApprovals()) {
			String section = decision.minutesSection() == null ? null
					: words.get("strategy.approval.minutesSectionShort", decision.minutesSection());
			document.subtitle(words.get("documents.decision.approved", words.decision(decision.body(), decision.date(),
					section, decision.appendix(), decision.diaryNumber(), decision.link())));
		}
		foundation(strategy, words, document);
		var focusAreas = areas.of(organisationId, strategyId);
		var goalsByArea = goalsByArea(organisationId);
		var actionsByGoal = actions.rows(organisationId, null, null, null)
			.stream()
			.collect(Collectors.groupingBy(ActionRow::goalId));
		var measured = new ArrayList<Indicator>();
		for (var area : focusAreas) {
			document.chapter(area.getName()).paragraph(area.getDescription());
			measured.addAll(indicators.ofFocusArea(organisationId, area.getId()));
			for (var goal : goalsByArea.getOrDefault(area.getId(), List.of())) {
				goal(goal, actionsByGoal.getOrDefault(goal.getId(), List.of()), words, document);
				measured.addAll(indicators.ofGoal(organisationId, goal.getId()));
			}
		}
		swot(organisationId, strategyId, words, document);
		IndicatorTable.write(measured, words, document);
		return document.build();
	}

	private static void foundation(Strategy strategy, Words words, DocumentBuilder document) {
		document.chapter(words.get("strategy.strategy.vision")).paragraph(strategy.getVision());
		document.chapter(words.get("strategy.strategy.mission")).paragraph(strategy.getMission());
		var principles = strategy.linesOf(StrategyLineKind.PRINCIPLE);
		if (!principles.isEmpty()) {
			document.chapter(words.get("strategy.strategy.principles")).add(new Block.Bullets(principles));
		}
		var policies = strategy.linesOf(StrategyLineKind.POLICY);
		if (!policies.isEmpty()) {
			document.chapter(words.get("strategy.strategy.policies")).add(new Block.Bullets(policies));
		}
	}

	private Map<UUID, List<StrategicGoal>> goalsByArea(UUID organisationId) {
		return goals.of(organisationId)
			.stream()
			.map(view -> goals.get(organisationId, view.id()))
			.filter(goal -> goal.getFocusAreaId() != null)
			.collect(Collectors.groupingBy(StrategicGoal::getFocusAreaId, java.util.LinkedHashMap::new,
					Collectors.toList()));
	}

	private static void goal(StrategicGoal goal, List<ActionRow> actions, Words words, DocumentBuilder document) {
		document.section(goal.getName()).paragraph(goal.getDescription());
		if (!goal.getSuccessFactors().isBlank()) {
			document.add(new Block.Fields(
					List.of(new Block.Field(words.get("strategy.goal.successFactors"), goal.getSuccessFactors()))));
		}
		if (!actions.isEmpty()) {
			var rows = actions.stream()
				.map(action -> List.of(action.description(),
						action.responsibleName().isBlank() ? "–" : action.responsibleName(), action.due(),
						words.of("strategy.actionStatus", action.status())))
				.toList();
			document.add(Block.Table.of(words.get("documents.strategy.actions"),
					List.of(words.get("strategy.action.description"), words.get("strategy.action.responsible"),
							words.get("strategy.action.due"), words.get("documents.strategy.actionStatus")),
					rows));
		}
	}

	private void swot(UUID organisationId, UUID strategyId, Words words, DocumentBuilder document) {
		boolean current = strategies.get(organisationId, strategyId).isCurrent();
		// An analysis tied to no strategy describes the present, so it belongs to the strategy in force.
		var analyses = swot.of(organisationId)
			.stream()
			.filter(a -> strategyId.equals(a.getStrategyId()) || (current && a.getStrategyId() == null))
			.toList();
		if (analyses.isEmpty()) {
			return;
		}
		document.chapter(words.get("documents.strategy.swot"));
		for (var analysis : analyses) {
			Map<SwotQuadrant, List<SwotItemRow>> quadrants = swot.quadrants(organisationId, analysis.getId());
			var four = new ArrayList<Block.Quadrant>();
			for (var quadrant : SwotQuadrant.values()) {
				four.add(new Block.Quadrant(words.of("strategy.swotQuadrant", quadrant),
						quadrants.getOrDefault(quadrant, List.of()).stream().map(SwotItemRow::description).toList()));
			}
			document.section(analysis.getTitle()).add(new Block.Quadrants("", four));
		}
	}

}
