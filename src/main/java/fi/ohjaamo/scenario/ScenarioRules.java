package fi.ohjaamo.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/**
 * Which change a project allows. The plan holds proposals, assessed, approved and running projects. Only proposals
 * and assessed projects may be taken out: an approved or running project was decided by a body, so a scenario may
 * only shift it. Only ideas are taken in.
 */
public final class ScenarioRules {

	/** The statuses of the current plan, as capacity's current plan counts them. */
	public static final Set<Status> PLAN = EnumSet.of(Status.PROPOSAL, Status.ASSESSED, Status.APPROVED,
			Status.IN_PROGRESS);

	static final Set<Status> MAY_TAKE_OUT = EnumSet.of(Status.PROPOSAL, Status.ASSESSED);

	private ScenarioRules() {
	}

	/** A broken rule: the form field it belongs to and its message code. */
	public record Problem(String field, String code) {
	}

	public static boolean allows(ChangeKind kind, Status status) {
		return switch (kind) {
			case OUT -> MAY_TAKE_OUT.contains(status);
			case IN -> status == Status.IDEA;
			case SHIFT -> PLAN.contains(status);
		};
	}

	/** Why the project's status does not allow the change, or null when it does. */
	public static @Nullable String statusProblem(ChangeKind kind, Status status) {
		if (allows(kind, status)) {
			return null;
		}
		return switch (kind) {
			case OUT -> "scenario.change.kind.decided";
			case IN -> "scenario.change.kind.notIdea";
			case SHIFT -> "scenario.change.kind.notInPlan";
		};
	}

	/**
	 * The new schedule must be in the plan's notation and not end before it starts. A shift needs both ends; an idea
	 * taken in keeps its own schedule unless both are given.
	 */
	public static List<Problem> scheduleProblems(ChangeKind kind, @Nullable String start, @Nullable String end) {
		var problems = new ArrayList<Problem>();
		boolean hasStart = start != null && !start.isBlank();
		boolean hasEnd = end != null && !end.isBlank();
		if (kind == ChangeKind.OUT) {
			return problems;
		}
		if (kind == ChangeKind.SHIFT || hasStart || hasEnd) {
			if (!hasStart) {
				problems.add(new Problem("newStart", "scenario.change.newStart.required"));
			}
			if (!hasEnd) {
				problems.add(new Problem("newEnd", "scenario.change.newEnd.required"));
			}
		}
		var from = hasStart ? SchedulePoint.parse(start) : java.util.Optional.<SchedulePoint>empty();
		var to = hasEnd ? SchedulePoint.parse(end) : java.util.Optional.<SchedulePoint>empty();
		if (hasStart && from.isEmpty()) {
			problems.add(new Problem("newStart", "scenario.change.schedule.malformed"));
		}
		if (hasEnd && to.isEmpty()) {
			problems.add(new Problem("newEnd", "scenario.change.schedule.malformed"));
		}
		if (from.isPresent() && to.isPresent() && !from.get().canBeFollowedBy(to.get())) {
			problems.add(new Problem("newEnd", "scenario.change.newEnd.beforeStart"));
		}
		return problems;
	}

}
