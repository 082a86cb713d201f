package fi.ohjaamo.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.capacity.PlannedWork;
import fi.ohjaamo.portfolio.CostAmount;
import fi.ohjaamo.shared.SchedulePoint;

/**
 * A scenario's changes applied to the current plan: projects taken out leave it, ideas taken in join it, shifted
 * projects get their new schedule. Their costs move with them by as many years as their start moves, since a
 * project started a year later pays its investments and running costs a year later too.
 */
final class ScenarioPlan {

	private ScenarioPlan() {
	}

	/** The plan's work as the scenario would have it; {@code ideas} holds the work of the ideas it takes in. */
	static List<PlannedWork> work(List<PlannedWork> plan, Collection<ScenarioChange> changes,
			Map<UUID, PlannedWork> ideas) {
		Map<UUID, ScenarioChange> byProject = byProject(changes);
		var result = new ArrayList<PlannedWork>();
		var inPlan = new HashSet<UUID>();
		for (var work : plan) {
			inPlan.add(work.projectId());
			var change = byProject.get(work.projectId());
			if (change == null) {
				result.add(work);
			}
			else if (change.kind() != ChangeKind.OUT) {
				result.add(change.movesSchedule() ? moved(work, change) : work);
			}
		}
		for (var change : changes) {
			var idea = ideas.get(change.projectId());
			if (change.kind() == ChangeKind.IN && idea != null && !inPlan.contains(change.projectId())) {
				result.add(change.movesSchedule() ? moved(idea, change) : idea);
			}
		}
		return result;
	}

	/** The cost lines of the scenario's projects, moved with their schedules; {@code ideas} are those it can take in. */
	static List<CostAmount> costs(Set<UUID> plan, Collection<ScenarioChange> changes, Set<UUID> ideas,
			Map<UUID, List<CostAmount>> lines) {
		Map<UUID, ScenarioChange> byProject = byProject(changes);
		var projects = new HashSet<>(plan);
		changes.forEach(change -> {
			if (change.kind() == ChangeKind.OUT) {
				projects.remove(change.projectId());
			}
			else if (change.kind() == ChangeKind.IN && (plan.contains(change.projectId()) || ideas.contains(change.projectId()))) {
				projects.add(change.projectId());
			}
		});
		var result = new ArrayList<CostAmount>();
		for (UUID project : projects) {
			var change = byProject.get(project);
			int years = change == null ? 0 : yearsMoved(change);
			lines.getOrDefault(project, List.of()).forEach(line -> result.add(line.shiftedBy(years)));
		}
		return result;
	}

	/** How many years the change moves the project's start; none when either start is not known. */
	static int yearsMoved(ScenarioChange change) {
		if (!change.movesSchedule()) {
			return 0;
		}
		var from = SchedulePoint.parse(change.originalStart());
		var to = SchedulePoint.parse(change.newStart());
		return from.isPresent() && to.isPresent() ? to.get().year() - from.get().year() : 0;
	}

	private static PlannedWork moved(PlannedWork work, ScenarioChange change) {
		return new PlannedWork(work.projectId(), work.title(), SchedulePoint.parse(change.newStart()).orElse(null),
				SchedulePoint.parse(change.newEnd()).orElse(null), work.resources());
	}

	private static Map<UUID, ScenarioChange> byProject(Collection<ScenarioChange> changes) {
		return changes.stream().collect(Collectors.toMap(ScenarioChange::projectId, Function.identity(), (a, b) -> b));
	}

}
