package fi.ohjaamo.actionplan;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan module's API: an organisation's plans, their contents as they read, and every change to a draft.
 * Each change names the plan version the person saw; a change to a plan saved meanwhile is refused. Every change
 * taking the signed-in person asks {@link ActionPlanPermissions} first; the few taking an organisation id are for
 * starting plans that no person asked for, such as the demo's.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlans {

	private final ActionPlanRepository plans;

	private final Projects projects;

	private final Organisations organisations;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SteeringBodies bodies;

	ActionPlans(ActionPlanRepository plans, Projects projects, Organisations organisations, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, SteeringBodies bodies) {
		this.bodies = bodies;
		this.plans = plans;
		this.projects = projects;
		this.organisations = organisations;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The organisation's plans, the latest period first. */
	public List<ActionPlan> of(UUID organisationId) {
		return plans.findByOrganisationIdOrderByFirstYearDescTitleAsc(organisationId);
	}

	/** A plan of the organisation; one of another organisation is as unknown as one never created. */
	public ActionPlan get(UUID organisationId, UUID planId) {
		return plans.findByIdAndOrganisationId(planId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** The plan a draft was started from: the approved plan it is the next version of, or the previous period's. */
	public java.util.Optional<ActionPlan> copiedFrom(ActionPlan plan) {
		var source = plan.getCopiedFrom();
		return source == null ? java.util.Optional.empty()
				: plans.findByIdAndOrganisationId(source, plan.getOrganisationId());
	}

	/** The plan as it reads, numbered and grouped, in the given language. */
	public PlanContents contents(UUID organisationId, UUID planId, Locale locale) {
		return contents(get(organisationId, planId), locale);
	}

	PlanContents contents(ActionPlan plan, Locale locale) {
		var tree = tree(plan, locale);
		return new PlanContents(plan.getId(), plan.getTitle(), plan.getPeriodLabel(), plan.getStatus(),
				plan.getApprovals().stream().map(Approval::view).toList(), PlanOutline.chapters(plan.getChapters()),
				PlanOutline.number(tree, plan.getChapters().size()));
	}

	List<PlanOutline.Node> tree(ActionPlan plan, Locale locale) {
		var naming = new PlanNaming(messages, locale, organisations.unitsOf(plan.getOrganisationId()),
				plan.getFrozenNames());
		return PlanOutline.tree(placed(plan), plan.getRanks(), naming);
	}

	/** The chosen projects with the card each shows: the frozen revision once approved, the latest before. */
	List<PlanOutline.Placed> placed(ActionPlan plan) {
		var org = plan.getOrganisationId();
		return plan.getProjects().stream().map(chosen -> {
			var revision = chosen.frozenRevision() == null ? projects.latest(org, chosen.projectId())
					: projects.revision(org, chosen.projectId(), chosen.frozenRevision());
			return new PlanOutline.Placed(chosen.projectId(), revision.number(), revision.card());
		}).toList();
	}

	/** Creates a draft as the person keeping the organisation's plans. */
	@Transactional
	public ActionPlan create(CurrentUser user, PlanHeading heading) {
		ActionPlanPermissions.requireKeeper(user);
		return create(user.organisationId(), heading);
	}

	/** Creates a draft that no person asked for: an organisation's starting plans, such as the demo's. */
	@Transactional
	public ActionPlan create(UUID organisationId, PlanHeading heading) {
		var plan = plans.save(new ActionPlan(organisationId, heading));
		events.publishEvent(new PlanEvents.ActionPlanCreated(organisationId, plan.getId(), plan.getTitle()));
		return plan;
	}

	/** A new draft for the next period with the chapters, projects and order of this plan. */
	@Transactional
	public ActionPlan copy(CurrentUser user, UUID planId, PlanHeading heading) {
		ActionPlanPermissions.requireKeeper(user);
		return copy(user.organisationId(), planId, heading);
	}

	/** A copy that no person asked for: starting plans, such as the demo's. */
	@Transactional
	public ActionPlan copy(UUID organisationId, UUID planId, PlanHeading heading) {
		var copy = plans.save(get(organisationId, planId).copy(heading));
		events.publishEvent(new PlanEvents.ActionPlanCreated(organisationId, copy.getId(), copy.getTitle()));
		return copy;
	}

	/**
	 * Starts the next version of an approved plan: a draft under the same heading with its chapters, projects and
	 * order, to change and approve again. The approved plan stays as it was approved.
	 */
	@Transactional
	public ActionPlan startNewVersion(CurrentUser user, UUID planId) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var approved = get(organisationId, planId);
		if (!approved.isApproved()) {
			throw new IllegalStateException("only an approved plan gets a new version; a draft is edited as it is");
		}
		var draft = plans.save(approved.copy(approved.heading()));
		events.publishEvent(new PlanEvents.ActionPlanVersionStarted(organisationId, draft.getId(), draft.getTitle(),
				planId));
		return draft;
	}

	/**
	 * Deletes a draft the person saw at the given version; an approved plan is a decision's record and stays. Drafts
	 * copied from it keep their contents and lose only the link to it.
	 */
	@Transactional
	public void delete(CurrentUser user, UUID planId, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var plan = seen(organisationId, planId, seenVersion);
		plan.requireDraft();
		plans.forgetCopiesOf(organisationId, planId);
		plans.delete(plan);
		plans.flush();
		events.publishEvent(new PlanEvents.ActionPlanDeleted(organisationId, planId, plan.getTitle()));
	}

	@Transactional
	public void rename(CurrentUser user, UUID planId, PlanHeading heading, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "heading", plan -> plan.rename(heading));
	}

	@Transactional
	public void addChapter(CurrentUser user, UUID planId, Chapter chapter, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		addChapter(user.organisationId(), planId, chapter, seenVersion);
	}

	/** Adds a chapter that no person asked for: starting plans, such as the demo's. */
	@Transactional
	public void addChapter(UUID organisationId, UUID planId, Chapter chapter, long seenVersion) {
		change(organisationId, planId, seenVersion, "chapters", plan -> plan.addChapter(chapter));
	}

	@Transactional
	public void replaceChapter(CurrentUser user, UUID planId, int index, Chapter chapter, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "chapters", plan -> plan.replaceChapter(index, chapter));
	}

	@Transactional
	public void removeChapter(CurrentUser user, UUID planId, int index, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "chapters", plan -> plan.removeChapter(index));
	}

	@Transactional
	public void moveChapter(CurrentUser user, UUID planId, int index, int step, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "chapters", plan -> plan.moveChapter(index, step));
	}

	/** Adds a project of the organisation's portfolio to the plan; a project of another organisation is unknown. */
	@Transactional
	public void choose(CurrentUser user, UUID planId, UUID projectId, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		choose(user.organisationId(), planId, projectId, seenVersion);
	}

	/** Adds a project that no person asked for: starting plans, such as the demo's. */
	@Transactional
	public void choose(UUID organisationId, UUID planId, UUID projectId, long seenVersion) {
		projects.get(organisationId, projectId);
		change(organisationId, planId, seenVersion, "projects", plan -> plan.choose(projectId));
	}

	@Transactional
	public void drop(CurrentUser user, UUID planId, UUID projectId, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "projects", plan -> plan.drop(projectId));
	}

	/**
	 * Moves a group (key {@code C:}, {@code S:}, {@code U:}) or a project ({@code P:}) one place up (-1) or down (+1)
	 * among its siblings; at either end nothing moves.
	 */
	@Transactional
	public void move(CurrentUser user, UUID planId, String key, int step, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		change(organisationId, planId, seenVersion, "order", plan -> {
			var siblings = new java.util.ArrayList<>(PlanOutline.siblingsOf(tree(plan, Locale.ROOT), key)
				.orElseThrow(NotFoundException::new));
			int at = siblings.indexOf(key);
			int target = at + step;
			if (target >= 0 && target < siblings.size()) {
				siblings.add(target, siblings.remove(at));
			}
			plan.order(siblings);
		});
	}

	/** Records the approval and freezes the plan: the cards' current revisions, the order and the group names. */
	@Transactional
	public void approve(CurrentUser user, UUID planId, Approval decision, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		approve(user.organisationId(), planId, decision, seenVersion);
	}

	/** Records an approval that no person entered: starting plans, such as the demo's. */
	@Transactional
	public void approve(UUID organisationId, UUID planId, Approval decision, long seenVersion) {
		if (decision.bodyId() != null) {
			// A body of another organisation is as unknown as one that never existed.
			bodies.get(organisationId, decision.bodyId());
		}
		var plan = seen(organisationId, planId, seenVersion);
		var tree = tree(plan, Locale.ROOT);
		var units = organisations.unitsOf(organisationId);
		Map<String, String> names = new HashMap<>();
		PlanOutline.headings(tree, GroupLevel.SERVICE_AREA, GroupLevel.UNIT)
			.keySet()
			.forEach(key -> names.put(key, units.nameOf(UUID.fromString(key.substring(2)))));
		Map<UUID, Integer> revisions = new HashMap<>();
		plan.getProjects()
			.forEach(p -> revisions.put(p.projectId(), projects.latest(organisationId, p.projectId()).number()));
		plan.approve(decision, revisions, PlanOutline.positions(tree), names, clock.instant());
		plans.saveAndFlush(plan);
		events.publishEvent(new PlanEvents.ActionPlanApproved(organisationId, planId, plan.getTitle(), decision.body(),
				decision.section()));
	}

	/**
	 * Appends a later decision to the approval chain of an approved plan the person saw at the given version, such as
	 * the council's after the board's; the plan stays frozen as its first decision left it.
	 */
	@Transactional
	public void recordDecision(CurrentUser user, UUID planId, Approval decision, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		recordDecision(user.organisationId(), planId, decision, seenVersion);
	}

	/** Records a later decision that no person entered: starting plans, such as the demo's. */
	@Transactional
	public void recordDecision(UUID organisationId, UUID planId, Approval decision, long seenVersion) {
		knownBody(organisationId, decision);
		var plan = seen(organisationId, planId, seenVersion);
		plan.recordDecision(decision);
		plans.saveAndFlush(plan);
		events.publishEvent(new PlanEvents.ActionPlanDecisionRecorded(organisationId, planId, plan.getTitle(),
				decision.body(), decision.section()));
	}

	/**
	 * Corrects the decision at the given place (from 0) of the chain of a plan the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved the plan meanwhile; nothing is written then
	 */
	@Transactional
	public void correctDecision(CurrentUser user, UUID planId, int index, Approval decision, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		knownBody(organisationId, decision);
		var plan = seen(organisationId, planId, seenVersion);
		plan.correctDecision(index, decision);
		plans.saveAndFlush(plan);
		events.publishEvent(new PlanEvents.ActionPlanDecisionCorrected(organisationId, planId, plan.getTitle(),
				decision.body(), decision.section()));
	}

	/**
	 * Removes a decision recorded by mistake from the chain of a plan the person saw at the given version; the last
	 * remaining decision stays, so the plan's approval is never undone.
	 * @throws ChangedMeanwhileException when someone saved the plan meanwhile; nothing is written then
	 */
	@Transactional
	public void removeDecision(CurrentUser user, UUID planId, int index, long seenVersion) {
		ActionPlanPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var plan = seen(organisationId, planId, seenVersion);
		var removed = plan.decisionAt(index);
		plan.removeDecision(index);
		plans.saveAndFlush(plan);
		events.publishEvent(new PlanEvents.ActionPlanDecisionRemoved(organisationId, planId, plan.getTitle(),
				removed.body(), removed.section()));
	}

	private void knownBody(UUID organisationId, Approval decision) {
		if (decision.bodyId() != null) {
			// A body of another organisation is as unknown as one that never existed.
			bodies.get(organisationId, decision.bodyId());
		}
	}

	private void change(UUID organisationId, UUID planId, long seenVersion, String what, Consumer<ActionPlan> edit) {
		var plan = seen(organisationId, planId, seenVersion);
		edit.accept(plan);
		plans.saveAndFlush(plan);
		events.publishEvent(new PlanEvents.ActionPlanChanged(organisationId, planId, plan.getTitle(), what));
	}

	private ActionPlan seen(UUID organisationId, UUID planId, long seenVersion) {
		var plan = get(organisationId, planId);
		if (plan.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the plan");
		}
		return plan;
	}

}
