package fi.ohjaamo.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An action plan of one organisation for one period. A draft is edited freely by IT management; approval freezes it,
 * after which every change is refused.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

	@Id
	private UUID id;

	private UUID organisationId;

	private String title;

	private String periodLabel;

	private int firstYear;

	private int lastYear;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	/** The decisions that approved the plan, in the order taken: the first froze it, later ones (the council) follow. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "action_plan_approval", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "decision_order")
	private List<Approval> approvals = new ArrayList<>();

	private @Nullable Instant approvedAt;

	private @Nullable UUID copiedFrom;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "action_plan_chapter", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "line_no")
	private List<Chapter> chapters = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "action_plan_project", joinColumns = @JoinColumn(name = "plan_id"))
	private List<ChosenProject> projects = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "action_plan_rank", joinColumns = @JoinColumn(name = "plan_id"))
	@MapKeyColumn(name = "item_key")
	@Column(name = "rank_no")
	private Map<String, Integer> ranks = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "action_plan_frozen_name", joinColumns = @JoinColumn(name = "plan_id"))
	@MapKeyColumn(name = "item_key")
	@Column(name = "name")
	private Map<String, String> frozenNames = new HashMap<>();

	@Version
	private long version;

	protected ActionPlan() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.title = "";
		this.periodLabel = "";
	}

	ActionPlan(UUID organisationId, PlanHeading heading) {
		this();
		this.organisationId = organisationId;
		rename(heading);
	}

	/**
	 * A new draft with this plan's chapters, projects and order: for the next period, or, under the same heading, the
	 * next version of an approved plan, which itself stays as it was approved.
	 */
	ActionPlan copy(PlanHeading heading) {
		var copy = new ActionPlan(organisationId, heading);
		copy.copiedFrom = id;
		copy.chapters.addAll(chapters);
		projects.forEach(p -> copy.projects.add(new ChosenProject(p.projectId(), null)));
		copy.ranks.putAll(ranks);
		return copy;
	}

	void rename(PlanHeading heading) {
		requireDraft();
		this.title = heading.title();
		this.periodLabel = heading.periodLabel();
		this.firstYear = heading.firstYear();
		this.lastYear = heading.lastYear();
	}

	void addChapter(Chapter chapter) {
		requireDraft();
		chapters.add(chapter);
	}

	void replaceChapter(int index, Chapter chapter) {
		requireDraft();
		chapters.set(checkedChapter(index), chapter);
	}

	void removeChapter(int index) {
		requireDraft();
		chapters.remove(checkedChapter(index));
	}

	/** Moves a chapter one place up (-1) or down (+1); at either end nothing moves. */
	void moveChapter(int index, int step) {
		requireDraft();
		int target = checkedChapter(index) + step;
		if (target >= 0 && target < chapters.size()) {
			chapters.add(target, chapters.remove(index));
		}
	}

	void choose(UUID projectId) {
		requireDraft();
		if (!includes(projectId)) {
			projects.add(new ChosenProject(projectId, null));
		}
	}

	void drop(UUID projectId) {
		requireDraft();
		projects.removeIf(p -> p.projectId().equals(projectId));
		ranks.remove(PlanOutline.projectKey(projectId));
	}

	/** Sets the order of siblings: each key's rank is its place in the list. */
	void order(List<String> siblingKeys) {
		requireDraft();
		for (int i = 0; i < siblingKeys.size(); i++) {
			ranks.put(siblingKeys.get(i), i);
		}
	}

	/**
	 * Approves the plan: the given card revisions, every group's and project's order and the group names are kept as
	 * they are now, and the plan is read-only from here on.
	 */
	void approve(Approval decision, Map<UUID, Integer> revisions, Map<String, Integer> positions,
			Map<String, String> names, Instant now) {
		requireDraft();
		approvals.add(decision);
		this.approvedAt = now;
		this.status = PlanStatus.APPROVED;
		projects.replaceAll(p -> new ChosenProject(p.projectId(), revisions.get(p.projectId())));
		ranks.clear();
		ranks.putAll(positions);
		frozenNames.putAll(names);
	}

	/**
	 * Appends a later decision to the chain of an approved plan, such as the council's after the board's. The plan
	 * stays frozen as the first decision left it.
	 */
	void recordDecision(Approval decision) {
		if (!isApproved()) {
			throw new IllegalStateException("a draft is approved by its first decision");
		}
		approvals.add(decision);
	}

	/** Corrects a recorded decision; the plan stays approved and frozen as it was. */
	void correctDecision(int index, Approval decision) {
		approvals.set(checkedDecision(index), decision);
	}

	/** Removes a decision recorded by mistake; the plan keeps at least one, so its approval is never undone. */
	void removeDecision(int index) {
		checkedDecision(index);
		if (approvals.size() == 1) {
			throw new IllegalStateException("an approved plan keeps at least one decision");
		}
		approvals.remove(index);
	}

	Approval decisionAt(int index) {
		return approvals.get(checkedDecision(index));
	}

	private int checkedDecision(int index) {
		if (index < 0 || index >= approvals.size()) {
			throw new fi.ohjaamo.shared.NotFoundException();
		}
		return index;
	}

	boolean includes(UUID projectId) {
		return projects.stream().anyMatch(p -> p.projectId().equals(projectId));
	}

	public boolean isApproved() {
		return status == PlanStatus.APPROVED;
	}

	void requireDraft() {
		if (isApproved()) {
			throw new PlanApprovedException(id);
		}
	}

	private int checkedChapter(int index) {
		if (index < 0 || index >= chapters.size()) {
			throw new fi.ohjaamo.shared.NotFoundException();
		}
		return index;
	}

	public PlanHeading heading() {
		return new PlanHeading(title, periodLabel, firstYear, lastYear);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getTitle() {
		return title;
	}

	public String getPeriodLabel() {
		return periodLabel;
	}

	public int getFirstYear() {
		return firstYear;
	}

	public int getLastYear() {
		return lastYear;
	}

	public PlanStatus getStatus() {
		return status;
	}

	/** The first decision, which approved and froze the plan; null for a draft. */
	public @Nullable Approval getApproval() {
		return approvals.isEmpty() ? null : approvals.get(0);
	}

	/** Every decision of the approval chain in the order taken. */
	public List<Approval> getApprovals() {
		return List.copyOf(approvals);
	}

	public @Nullable Instant getApprovedAt() {
		return approvedAt;
	}

	public @Nullable UUID getCopiedFrom() {
		return copiedFrom;
	}

	public List<Chapter> getChapters() {
		return List.copyOf(chapters);
	}

	public List<ChosenProject> getProjects() {
		return List.copyOf(projects);
	}

	Map<String, Integer> getRanks() {
		return Map.copyOf(ranks);
	}

	Map<String, String> getFrozenNames() {
		return Map.copyOf(frozenNames);
	}

	public long getVersion() {
		return version;
	}

}
