package fi.ohjaamo.portfolio;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.strategy.ActionRow;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.CostRange;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.YearCosts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link GoalCoverage}: the goals' projects and costs through {@link ProjectsServingGoals}, the same the goal
 * pages show, and a few aggregate queries, whatever the number of goals and projects.
 */
@Component
@Transactional(readOnly = true)
public class GoalCoverageQuery {

	private static final String LIVE_PROJECTS = "p.organisation_id = :org and p.status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	private final StrategicGoals goals;

	private final Actions actions;

	private final ProjectsServingGoals projects;

	GoalCoverageQuery(JdbcClient jdbc, StrategicGoals goals, Actions actions, ProjectsServingGoals projects) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.actions = actions;
		this.projects = projects;
	}

	public GoalCoverage of(UUID organisationId) {
		var served = projects.of(organisationId, null);
		Map<UUID, List<GoalProject>> byGoal = served.stream().collect(Collectors.groupingBy(GoalProject::goalId));
		Map<UUID, Long> actionCounts = actions.rows(organisationId, null, null, null)
			.stream()
			.collect(Collectors.groupingBy(ActionRow::goalId, Collectors.counting()));
		List<Integer> years = served.isEmpty() ? List.of()
				: served.getFirst().years().stream().map(YearCosts::year).toList();
		var goalViews = goals.of(organisationId);
		var rows = goalViews.stream().map(goal -> {
			var list = byGoal.getOrDefault(goal.id(), List.of());
			return new GoalCoverage.Goal(goal, list, actionCounts.getOrDefault(goal.id(), 0L).intValue(),
					list.stream().map(GoalProject::oneOff).reduce(CostRange.NONE, CostRange::plus),
					list.stream().map(GoalProject::recurring).reduce(CostRange.NONE, CostRange::plus),
					perYear(years, list));
		}).toList();
		int lifecycleUpdates = jdbc
			.sql("select count(*) from project p where " + LIVE_PROJECTS + " and p.no_strategic_goal = true")
			.param("org", organisationId)
			.query(Integer.class)
			.single();
		return new GoalCoverage(rows, years, lifecycleUpdates, withoutGoal(organisationId,
				goalViews.stream().map(GoalView::id).collect(Collectors.toSet())));
	}

	private static List<YearCosts> perYear(List<Integer> years, List<GoalProject> projects) {
		Map<Integer, YearCosts> sums = new TreeMap<>();
		years.forEach(y -> sums.put(y, new YearCosts(y, CostRange.NONE, CostRange.NONE)));
		projects.forEach(p -> p.years().forEach(y -> sums.computeIfPresent(y.year(), (k, sum) -> sum.plus(y))));
		return List.copyOf(sums.values());
	}

	/**
	 * The projects that are not lifecycle updates and serve none of the organisation's goals: a card from before
	 * goals were required, or one whose every goal has since been removed from the strategy.
	 */
	private List<GoalCoverage.ProjectLink> withoutGoal(UUID organisationId, Set<UUID> goalIds) {
		Map<GoalCoverage.ProjectLink, Set<UUID>> served = new LinkedHashMap<>();
		jdbc.sql("select p.id, p.project_number, p.title, g.goal_id from project p "
				+ "left join project_goal g on g.project_id = p.id where " + LIVE_PROJECTS
				+ " and p.no_strategic_goal = false order by p.number_sort_key, p.id")
			.param("org", organisationId)
			.query((rs, row) -> served
				.computeIfAbsent(new GoalCoverage.ProjectLink(rs.getObject("id", UUID.class),
						rs.getString("project_number"), rs.getString("title")), link -> new HashSet<>())
				.add(rs.getObject("goal_id", UUID.class)))
			.list();
		return served.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().noneMatch(goalIds::contains))
			.map(Map.Entry::getKey)
			.toList();
	}

}
