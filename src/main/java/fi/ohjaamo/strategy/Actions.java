package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.shared.SchedulePoint;
import fi.ohjaamo.strategy.actions.Action;
import fi.ohjaamo.strategy.actions.ActionAdded;
import fi.ohjaamo.strategy.actions.ActionChanged;
import fi.ohjaamo.strategy.actions.ActionForm;
import fi.ohjaamo.strategy.actions.ActionMoved;
import fi.ohjaamo.strategy.actions.ActionRemoved;
import fi.ohjaamo.strategy.actions.ActionRepository;
import fi.ohjaamo.strategy.actions.ActionStatusChanged;
import fi.ohjaamo.strategy.support.ActionChoices;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import fi.ohjaamo.strategy.swot.SwotItem;
import fi.ohjaamo.strategy.swot.SwotItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The actions under the organisation's strategic goals. */
@Service
@Transactional(readOnly = true)
public class Actions {

	private final ActionRepository actions;

	private final StrategicGoals goals;

	private final SwotItemRepository swotItems;

	private final Organisations organisations;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	Actions(ActionRepository actions, StrategicGoals goals, SwotItemRepository swotItems, Organisations organisations,
			StrategyVersions versions, ApplicationEventPublisher events) {
		this.actions = actions;
		this.goals = goals;
		this.swotItems = swotItems;
		this.organisations = organisations;
		this.versions = versions;
		this.events = events;
	}

	/** An action of the organisation; one of another organisation is as unknown as one never created. */
	public Action get(UUID organisationId, UUID actionId) {
		return actions.findByIdAndOrganisationId(actionId, organisationId).orElseThrow(NotFoundException::new);
	}

	public long countOf(UUID organisationId) {
		return actions.countByOrganisationId(organisationId);
	}

	public ActionChoices choices(UUID organisationId) {
		return ActionChoices.of(organisations, organisationId);
	}

	/** Checks what Bean Validation cannot: the responsible party is the organisation's, the due date readable. */
	public void check(UUID organisationId, ActionForm form, Errors errors) {
		var responsible = form.responsibleParty();
		if (responsible == null || !choices(organisationId).offers(responsible)) {
			errors.rejectValue("responsible", "strategy.action.responsible.unknown");
		}
		else if ("role".equals(form.responsible()) && responsible.role().isEmpty() && !errors.hasFieldErrors("role")) {
			errors.rejectValue("role", "strategy.action.role.required");
		}
		if (!form.due().isEmpty() && SchedulePoint.parse(form.due()).isEmpty() && !errors.hasFieldErrors("due")) {
			errors.rejectValue("due", "strategy.action.due.invalid");
		}
	}

	/** The form shows an unknown party next to its field; a forged one is as unknown as a missing object. */
	private void requireOffered(UUID organisationId, ActionForm form) {
		var responsible = form.responsibleParty();
		if (responsible == null || !choices(organisationId).offers(responsible)) {
			throw new NotFoundException();
		}
	}

	/** The actions, all or of one goal, with those of a status or a responsible party ({@code unit:<id>}…). */
	public List<ActionRow> rows(UUID organisationId, @Nullable UUID goalId, @Nullable ActionStatus status,
			@Nullable String responsible) {
		var list = goalId == null ? actions.findByOrganisationIdOrderBySortOrderAsc(organisationId)
				: actions.findByOrganisationIdAndGoalIdOrderBySortOrderAsc(organisationId, goalId);
		Map<UUID, String> goalNames = goals.of(organisationId)
			.stream()
			.collect(Collectors.toMap(GoalView::id, GoalView::name));
		var choices = choices(organisationId);
		Map<UUID, SwotItem> items = swotItems
			.findByIdInAndOrganisationId(list.stream().map(Action::getSwotItemId).filter(id -> id != null).toList(),
					organisationId)
			.stream()
			.collect(Collectors.toMap(SwotItem::getId, Function.identity()));
		return list.stream()
			.filter(a -> status == null || a.getStatus() == status)
			.filter(a -> responsible == null || responsible.isEmpty() || responsible.equals(a.responsible().choice()))
			.map(a -> {
				SwotItem item = a.getSwotItemId() == null ? null : items.get(a.getSwotItemId());
				return new ActionRow(a.getId(), a.getGoalId(), goalNames.getOrDefault(a.getGoalId(), ""),
						a.getDescription(), a.responsible().kind(), choices.nameOf(a.responsible()), a.getDue(),
						a.getStatus(), a.getProgressNote(), item == null ? null : item.getAnalysisId(),
						item == null ? null : item.getId(), 						item == null ? null : item.getDescription(), a.getVersion());
			})
			.toList();
	}

	/** Adds an action under the goal; the responsible party must be the organisation's. */
	@Transactional
	public UUID add(CurrentUser user, UUID goalId, String description, ActionResponsible responsible, String due,
			ActionStatus status, String progressNote) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), goalId, description, responsible, due, status, progressNote);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public UUID add(UUID organisationId, UUID goalId, String description, ActionResponsible responsible, String due,
			ActionStatus status, String progressNote) {
		if (!choices(organisationId).offers(responsible)) {
			throw new IllegalArgumentException("the responsible party is not the organisation's");
		}
		var form = new ActionForm(description, responsible.kind() == ActionResponsibleKind.ROLE ? "role"
				: responsible.choice(), responsible.role(), due, status, progressNote, null);
		return add(organisationId, goalId, form, null).getId();
	}

	@Transactional
	public Action add(CurrentUser user, UUID goalId, ActionForm form) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		return add(organisationId, goalId, form, null);
	}

	/** Adds the action without asking anyone: only for this module's writes that have asked already. */
	@Transactional
	public Action add(UUID organisationId, UUID goalId, ActionForm form, @Nullable UUID swotItemId) {
		goals.get(organisationId, goalId);
		requireOffered(organisationId, form);
		int next = actions.findByOrganisationIdAndGoalIdOrderBySortOrderAsc(organisationId, goalId).size() + 1;
		var action = new Action(organisationId, goalId, next, swotItemId);
		describe(action, form);
		actions.saveAndFlush(action);
		versions.kept(action);
		events.publishEvent(new ActionAdded(organisationId, action.getId(), action.getDescription()));
		return action;
	}

	/**
	 * Saves an action the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void update(CurrentUser user, UUID actionId, ActionForm form, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var action = get(organisationId, actionId);
		if (action.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the action");
		}
		requireOffered(organisationId, form);
		describe(action, form);
		actions.saveAndFlush(action);
		versions.kept(action);
		events.publishEvent(new ActionChanged(organisationId, actionId, action.getDescription()));
	}

	@Transactional
	public void changeStatus(CurrentUser user, UUID actionId, ActionStatus status) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var action = get(organisationId, actionId);
		ActionStatus old = action.getStatus();
		action.changeStatus(status);
		actions.saveAndFlush(action);
		versions.kept(action);
		events.publishEvent(new ActionStatusChanged(organisationId, actionId,
				action.getDescription() + ": " + old + " → " + status));
	}

	/**
	 * Deletes the action; its last version stays in the history. A SWOT item it was made from stays: only the link
	 * goes, and the item can become an action again.
	 */
	@Transactional
	public void remove(CurrentUser user, UUID actionId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var action = get(organisationId, actionId);
		versions.deleted(action);
		actions.delete(action);
		actions.flush();
		var rest = actions.findByOrganisationIdAndGoalIdOrderBySortOrderAsc(organisationId, action.getGoalId());
		for (int i = 0; i < rest.size(); i++) {
			rest.get(i).placeAt(i + 1);
		}
		actions.flush();
		// Those after the deleted one moved up a place.
		rest.stream().filter(a -> a.getSortOrder() >= action.getSortOrder()).forEach(versions::kept);
		events.publishEvent(new ActionRemoved(organisationId, actionId, action.getDescription()));
	}

	/** Moves the action one place up ({@code -1}) or down ({@code 1}) among its goal's actions. */
	@Transactional
	public void move(CurrentUser user, UUID actionId, int by) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var action = get(organisationId, actionId);
		var ordered = new ArrayList<>(
				actions.findByOrganisationIdAndGoalIdOrderBySortOrderAsc(organisationId, action.getGoalId()));
		var neighbour = Ordering.move(ordered, action, by);
		if (neighbour != null) {
			for (int i = 0; i < ordered.size(); i++) {
				ordered.get(i).placeAt(i + 1);
			}
			actions.flush();
			versions.kept(action);
			versions.kept(neighbour);
			events.publishEvent(new ActionMoved(organisationId, actionId, action.getDescription()));
		}
	}

	/** The SWOT item the action was made from, if it still exists. */
	public @Nullable SwotItem swotItemOf(Action action) {
		UUID itemId = action.getSwotItemId();
		return itemId == null ? null
				: swotItems.findByIdAndOrganisationId(itemId, action.getOrganisationId()).orElse(null);
	}

	private static void describe(Action action, ActionForm form) {
		var responsible = form.responsibleParty();
		action.describe(form.description(),
				responsible == null ? new ActionResponsible(ActionResponsibleKind.ROLE, null, null, "") : responsible,
				form.due(), form.status() == null ? ActionStatus.NOT_STARTED : form.status(), form.progressNote());
	}

}
