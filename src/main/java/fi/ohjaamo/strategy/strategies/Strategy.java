package fi.ohjaamo.strategy.strategies;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.strategy.Approval;
import fi.ohjaamo.strategy.StrategyLine;
import fi.ohjaamo.strategy.StrategyLineKind;
import fi.ohjaamo.strategy.StrategyStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An IT strategy of an organisation for a period: vision, mission, principles and policies, approval. */
@Entity
@Table(name = "strategy")
public class Strategy {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private int startYear;

	private int endYear;

	private String vision;

	private String mission;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategy_line", joinColumns = @JoinColumn(name = "strategy_id"))
	@OrderColumn(name = "line_order")
	private List<StrategyLine> lines = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private StrategyStatus status;

	@Column(name = "is_current")
	private boolean current;

	/** The decisions that approved the strategy, in the order they were taken: the board's, then the council's. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategy_approval", joinColumns = @JoinColumn(name = "strategy_id"))
	@OrderColumn(name = "decision_order")
	private List<Approval> approvals = new ArrayList<>();

	/** The number of the kept version (in the strategy's history) that holds the wording as it was approved. */
	private @Nullable Integer approvedVersion;

	private boolean changedAfterApproval;

	@Version
	private long version;

	protected Strategy() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.vision = "";
		this.mission = "";
		this.status = StrategyStatus.DRAFT;
	}

	public Strategy(UUID organisationId, String name, int startYear, int endYear) {
		this();
		this.organisationId = organisationId;
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	public void revise(String name, int startYear, int endYear, String vision, String mission, List<StrategyLine> lines) {
		if (endYear < startYear) {
			throw new IllegalArgumentException("a strategy cannot end before it starts");
		}
		// Goals, actions and projects hang on the strategy, so it cannot fork into a new draft as a plan does; an edit
		// after the approval is kept and marked instead, the approved wording staying in the history.
		if (!approvals.isEmpty() && !sameContent(name, startYear, endYear, vision, mission, lines)) {
			this.changedAfterApproval = true;
		}
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
		this.vision = vision;
		this.mission = mission;
		this.lines.clear();
		this.lines.addAll(lines);
	}

	private boolean sameContent(String name, int startYear, int endYear, String vision, String mission,
			List<StrategyLine> lines) {
		return this.name.equals(name) && this.startYear == startYear && this.endYear == endYear
				&& this.vision.equals(vision) && this.mission.equals(mission)
				&& java.util.Arrays.stream(StrategyLineKind.values())
					.allMatch(kind -> linesOf(kind).equals(textsOf(lines, kind)));
	}

	private static List<String> textsOf(List<StrategyLine> lines, StrategyLineKind kind) {
		return lines.stream().filter(l -> l.kind() == kind).map(StrategyLine::text).toList();
	}

	/**
	 * Appends a decision to the approval chain; the strategy counts as approved from its first decision, whose wording
	 * is kept in the given version of its history. A later decision (the council after the board) approves the same
	 * wording and leaves that version as it is; only when the wording was changed after the approval does the later
	 * decision approve the changed wording, kept in the given version.
	 */
	public void approve(Approval decision, int keptVersion) {
		if (approvals.isEmpty() || changedAfterApproval) {
			this.approvedVersion = keptVersion;
		}
		approvals.add(decision);
		this.status = StrategyStatus.APPROVED;
		this.changedAfterApproval = false;
	}

	/** Corrects a recorded decision, e.g. a mistyped section; the strategy's approval stands as it is. */
	public void correctDecision(int index, Approval decision) {
		approvals.set(checkedDecision(index), decision);
	}

	/**
	 * Removes a decision recorded by mistake. The first approval cannot be undone this way: the strategy keeps at
	 * least one decision, which may be corrected instead.
	 */
	public void removeDecision(int index) {
		checkedDecision(index);
		if (approvals.size() == 1) {
			throw new IllegalStateException("an approved strategy keeps at least one decision");
		}
		approvals.remove(index);
	}

	private int checkedDecision(int index) {
		if (index < 0 || index >= approvals.size()) {
			throw new fi.ohjaamo.shared.NotFoundException();
		}
		return index;
	}

	/** Keeps the strategy for reference; an archived strategy is no longer the current one. */
	public void archive() {
		this.status = StrategyStatus.ARCHIVED;
		this.current = false;
	}

	/** An archived strategy has been replaced; it cannot come back as the current one without being approved again. */
	public void makeCurrent() {
		if (status == StrategyStatus.ARCHIVED) {
			throw new IllegalStateException("an archived strategy cannot be the current one");
		}
		this.current = true;
	}

	public void stopBeingCurrent() {
		this.current = false;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public int getStartYear() {
		return startYear;
	}

	public int getEndYear() {
		return endYear;
	}

	public String getVision() {
		return vision;
	}

	public String getMission() {
		return mission;
	}

	public List<StrategyLine> getLines() {
		return List.copyOf(lines);
	}

	public List<String> linesOf(StrategyLineKind kind) {
		return lines.stream().filter(l -> l.kind() == kind).map(StrategyLine::text).toList();
	}

	public StrategyStatus getStatus() {
		return status;
	}

	public boolean isCurrent() {
		return current;
	}

	/** The first decision of the approval chain, from which the strategy counts as approved; null before it. */
	public @Nullable Approval getApproval() {
		return approvals.isEmpty() ? null : approvals.get(0);
	}

	/** Every decision of the approval chain in the order taken. */
	public List<Approval> getApprovals() {
		return List.copyOf(approvals);
	}

	/** The kept version with the wording as approved; null before an approval. */
	public @Nullable Integer getApprovedVersion() {
		return approvedVersion;
	}

	/** Whether the strategy's wording has been edited since its approval. */
	public boolean isChangedAfterApproval() {
		return changedAfterApproval;
	}

	public long getVersion() {
		return version;
	}

}
