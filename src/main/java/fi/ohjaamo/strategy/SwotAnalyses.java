package fi.ohjaamo.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.actions.Action;
import fi.ohjaamo.strategy.actions.ActionForm;
import fi.ohjaamo.strategy.actions.ActionRepository;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import fi.ohjaamo.strategy.swot.SwotAnalysis;
import fi.ohjaamo.strategy.swot.SwotAnalysisAdded;
import fi.ohjaamo.strategy.swot.SwotAnalysisRepository;
import fi.ohjaamo.strategy.swot.SwotAnalysisRevised;
import fi.ohjaamo.strategy.swot.SwotItem;
import fi.ohjaamo.strategy.swot.SwotItemAdded;
import fi.ohjaamo.strategy.swot.SwotItemChanged;
import fi.ohjaamo.strategy.swot.SwotItemForm;
import fi.ohjaamo.strategy.swot.SwotItemMoved;
import fi.ohjaamo.strategy.swot.SwotItemRemoved;
import fi.ohjaamo.strategy.swot.SwotItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The organisation's SWOT analyses, their items, and turning a response into an action. */
@Service
@Transactional(readOnly = true)
public class SwotAnalyses {

	private final SwotAnalysisRepository analyses;

	private final SwotItemRepository items;

	private final ActionRepository actionRepository;

	private final Actions actions;

	private final StrategicGoals goals;

	private final Strategies strategies;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	SwotAnalyses(SwotAnalysisRepository analyses, SwotItemRepository items, ActionRepository actionRepository,
			Actions actions, StrategicGoals goals, Strategies strategies, StrategyVersions versions,
			ApplicationEventPublisher events) {
		this.analyses = analyses;
		this.items = items;
		this.actionRepository = actionRepository;
		this.actions = actions;
		this.goals = goals;
		this.strategies = strategies;
		this.versions = versions;
		this.events = events;
	}

	public List<SwotAnalysis> of(UUID organisationId) {
		return analyses.findByOrganisationIdOrderByAnalysedOnDescTitleAsc(organisationId);
	}

	/** An analysis of the organisation; one of another organisation is as unknown as one never created. */
	public SwotAnalysis get(UUID organisationId, UUID analysisId) {
		return analyses.findByIdAndOrganisationId(analysisId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** An item of the organisation's analysis. */
	public SwotItem item(UUID organisationId, UUID analysisId, UUID itemId) {
		get(organisationId, analysisId);
		return items.findByIdAndOrganisationId(itemId, organisationId)
			.filter(i -> i.getAnalysisId().equals(analysisId))
			.orElseThrow(NotFoundException::new);
	}

	/** The items of an analysis by quadrant, every quadrant present, in the order they were added. */
	public Map<SwotQuadrant, List<SwotItemRow>> quadrants(UUID organisationId, UUID analysisId) {
		get(organisationId, analysisId);
		var list = items.findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(analysisId, organisationId);
		Map<UUID, Action> byItem = actionRepository
			.findByOrganisationIdAndSwotItemIdIn(organisationId, list.stream().map(SwotItem::getId).toList())
			.stream()
			.collect(Collectors.toMap(Action::getSwotItemId, Function.identity(), (a, b) -> a));
		Map<UUID, String> goalNames = goals.of(organisationId)
			.stream()
			.collect(Collectors.toMap(GoalView::id, GoalView::name));
		Map<SwotQuadrant, List<SwotItemRow>> result = new EnumMap<>(SwotQuadrant.class);
		for (SwotQuadrant q : SwotQuadrant.values()) {
			result.put(q, list.stream().filter(i -> i.getQuadrant() == q).map(i -> {
				Action a = byItem.get(i.getId());
				return new SwotItemRow(i.getId(), q, i.getDescription(), i.getResponse(), a == null ? null : a.getId(),
						a == null ? null : a.getGoalId(), a == null ? null : goalNames.get(a.getGoalId()));
			}).toList());
		}
		return result;
	}

	@Transactional
	public SwotAnalysis add(CurrentUser user, @Nullable UUID strategyId, String title, @Nullable LocalDate analysedOn) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), strategyId, title, analysedOn);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public SwotAnalysis add(UUID organisationId, @Nullable UUID strategyId, String title, @Nullable LocalDate analysedOn) {
		if (strategyId != null) {
			strategies.get(organisationId, strategyId);
		}
		var analysis = analyses.saveAndFlush(new SwotAnalysis(organisationId, strategyId, title.strip(), analysedOn));
		versions.kept(analysis);
		events.publishEvent(new SwotAnalysisAdded(organisationId, analysis.getId(), analysis.getTitle()));
		return analysis;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, @Nullable UUID strategyId, String title, @Nullable LocalDate analysedOn) {
		return add(organisationId, strategyId, title, analysedOn).getId();
	}

	@Transactional
	public SwotItem addItem(CurrentUser user, UUID analysisId, SwotQuadrant quadrant, String description,
			String response) {
		StrategyPermissions.requireKeeper(user);
		return addItem(user.organisationId(), analysisId, quadrant, description, response);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public SwotItem addItem(UUID organisationId, UUID analysisId, SwotQuadrant quadrant, String description,
			String response) {
		get(organisationId, analysisId);
		int next = items.findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(analysisId, organisationId).size() + 1;
		var item = new SwotItem(analysisId, quadrant, next);
		item.describe(description.strip(), response.strip());
		items.saveAndFlush(item);
		versions.kept(organisationId, item);
		events.publishEvent(new SwotItemAdded(organisationId, item.getId(), quadrant + ": " + item.getDescription()));
		return item;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seedItem(UUID organisationId, UUID analysisId, SwotQuadrant quadrant, String description,
			String response) {
		return addItem(organisationId, analysisId, quadrant, description, response).getId();
	}

	/**
	 * Saves an item the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void updateItem(CurrentUser user, UUID analysisId, UUID itemId, SwotItemForm form, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var item = item(organisationId, analysisId, itemId);
		if (item.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the SWOT item");
		}
		item.describe(form.description(), form.response());
		items.saveAndFlush(item);
		versions.kept(organisationId, item);
		events.publishEvent(new SwotItemChanged(organisationId, itemId, item.getDescription()));
	}

	/**
	 * The rule on an analysis's form next to its strategy: none, or one of the organisation's own. A save refuses
	 * another too, as unknown.
	 */
	public void check(UUID organisationId, @Nullable UUID strategyId, Errors errors) {
		if (strategyId != null
				&& strategies.of(organisationId).stream().noneMatch(s -> s.getId().equals(strategyId))) {
			errors.rejectValue("strategyId", "history.swot.strategy.unknown");
		}
	}

	/**
	 * Saves the title, date and strategy of an analysis the person saw at the given version. A strategy of another
	 * organisation is as unknown as one never created.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void describe(CurrentUser user, UUID analysisId, String title, @Nullable LocalDate analysedOn,
			@Nullable UUID strategyId, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var analysis = get(organisationId, analysisId);
		if (analysis.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the SWOT analysis");
		}
		if (strategyId != null) {
			strategies.get(organisationId, strategyId);
		}
		analysis.describe(title.strip(), analysedOn, strategyId);
		analyses.saveAndFlush(analysis);
		versions.kept(analysis);
		events.publishEvent(new SwotAnalysisRevised(organisationId, analysisId, analysis.getTitle()));
	}

	/** The action made from the item, if one was. */
	public @Nullable Action actionOf(UUID organisationId, UUID itemId) {
		return actionRepository.findByOrganisationIdAndSwotItemIdIn(organisationId, List.of(itemId))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Deletes the item; its last version stays in the history. An action made from it stays under its goal: only
	 * the link goes, and the action keeps a version saying so.
	 */
	@Transactional
	public void removeItem(CurrentUser user, UUID analysisId, UUID itemId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var item = item(organisationId, analysisId, itemId);
		for (var action : actionRepository.findByOrganisationIdAndSwotItemIdIn(organisationId,
				List.of(itemId))) {
			action.forgetSwotItem();
			actionRepository.saveAndFlush(action);
			versions.kept(action);
		}
		versions.deleted(organisationId, item);
		items.delete(item);
		items.flush();
		var rest = items.findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(analysisId, organisationId);
		for (int i = 0; i < rest.size(); i++) {
			rest.get(i).placeAt(i + 1);
		}
		items.flush();
		// Those after the deleted one in its quadrant moved up a place.
		rest.stream()
			.filter(i -> i.getQuadrant() == item.getQuadrant() && i.getSortOrder() >= item.getSortOrder())
			.forEach(i -> versions.kept(organisationId, i));
		events.publishEvent(new SwotItemRemoved(organisationId, itemId, item.getQuadrant() + ": " + item.getDescription()));
	}

	/** Moves the item one place up ({@code -1}) or down ({@code 1}) within its quadrant. */
	@Transactional
	public void moveItem(CurrentUser user, UUID analysisId, UUID itemId, int by) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var item = item(organisationId, analysisId, itemId);
		var all = items.findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(analysisId, organisationId);
		var quadrant = new ArrayList<>(all.stream().filter(i -> i.getQuadrant() == item.getQuadrant()).toList());
		var neighbour = Ordering.move(quadrant, item, by);
		if (neighbour == null) {
			return;
		}
		// The order is kept over the whole analysis; the quadrant's items take its places in their new order.
		var places = all.stream().filter(i -> i.getQuadrant() == item.getQuadrant()).map(SwotItem::getSortOrder).toList();
		for (int i = 0; i < quadrant.size(); i++) {
			quadrant.get(i).placeAt(places.get(i));
		}
		items.flush();
		versions.kept(organisationId, item);
		versions.kept(organisationId, neighbour);
		events.publishEvent(new SwotItemMoved(organisationId, itemId, item.getDescription()));
	}

	/**
	 * Turns the item's response into an action under the goal, linked to the item. An item becomes at most
	 * one action: asking again gives the one it already became.
	 */
	@Transactional
	public UUID makeAction(CurrentUser user, UUID analysisId, UUID itemId, UUID goalId) {
		StrategyPermissions.requireKeeper(user);
		return makeAction(user.organisationId(), analysisId, itemId, goalId);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public UUID makeAction(UUID organisationId, UUID analysisId, UUID itemId, UUID goalId) {
		var item = item(organisationId, analysisId, itemId);
		goals.get(organisationId, goalId);
		var existing = actionRepository.findByOrganisationIdAndSwotItemIdIn(organisationId, List.of(itemId));
		if (!existing.isEmpty()) {
			return existing.get(0).getId();
		}
		String text = item.getResponse().isEmpty() ? item.getDescription() : item.getResponse();
		var form = new ActionForm(text, "", "", "", ActionStatus.NOT_STARTED, "", null);
		return actions.add(organisationId, goalId, form, itemId).getId();
	}

}
