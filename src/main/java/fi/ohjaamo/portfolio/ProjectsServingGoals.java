package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.strategy.CostRange;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.GoalProjects;
import fi.ohjaamo.strategy.YearCosts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's side of {@link GoalProjects}: two queries, one for the projects and their goals and one for
 * their cost lines, summed per year with {@link CostYears} like the portfolio's own totals.
 */
@Component
@Transactional(readOnly = true)
class ProjectsServingGoals implements GoalProjects {

	private static final String LIVE = "p.organisation_id = :org and p.status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	private final PortfolioProperties properties;

	private final VatRate vat;

	ProjectsServingGoals(JdbcClient jdbc, PortfolioProperties properties, VatRate vat) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.vat = vat;
	}

	@Override
	public List<GoalProject> of(UUID organisationId, @Nullable UUID goalId) {
		var params = new HashMap<String, Object>();
		params.put("org", organisationId);
		String oneGoal = "";
		if (goalId != null) {
			params.put("goal", goalId);
			oneGoal = " and g.goal_id = :goal";
		}
		List<Link> links = jdbc.sql("""
				select distinct g.goal_id, p.id, p.project_number, p.number_sort_key, lower(p.title) as title_key,
				       p.title, p.status, p.schedule_start, p.schedule_end
				from project_goal g join project p on p.id = g.project_id
				where %s%s order by p.number_sort_key, title_key, p.id""".formatted(LIVE, oneGoal))
			.params(params)
			.query((rs, row) -> new Link(rs.getObject("goal_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("project_number"), rs.getString("title"), Status.valueOf(rs.getString("status")),
					rs.getString("schedule_start"), rs.getString("schedule_end")))
			.list();
		if (links.isEmpty()) {
			return List.of();
		}
		List<CostAmount> lines = jdbc.sql("""
				select c.project_id, c.kind, c.from_year, c.to_year, c.amount_min, c.amount_max, c.amount_unknown, c.vat
				from project_cost c join project p on p.id = c.project_id
				where %s and exists (select 1 from project_goal g where g.project_id = p.id%s)""".formatted(LIVE,
				oneGoal))
			.params(params)
			.query((rs, row) -> CostAmount.read(rs, vat))
			.list();
		var span = CostYears.of(lines, properties.maxTotalYears());
		Map<UUID, Costs> costs = new HashMap<>();
		for (var line : lines) {
			costs.computeIfAbsent(line.projectId(), id -> new Costs(span)).add(line, span);
		}
		return links.stream().map(l -> l.toProject(costs.getOrDefault(l.projectId(), new Costs(span)))).toList();
	}

	private record Link(UUID goalId, UUID projectId, String number, String title, Status status, String start,
			String end) {

		GoalProject toProject(Costs costs) {
			return new GoalProject(goalId, projectId, number, title, "portfolio.status." + status.name(), start, end,
					costs.oneOff, costs.recurring, costs.years());
		}

	}

	/** One project's costs: the one-off ones together, the recurring ones for a year, and both year by year. */
	private static final class Costs {

		CostRange oneOff = CostRange.NONE;

		CostRange recurring = CostRange.NONE;

		final Map<Integer, YearCosts> byYear = new HashMap<>();

		Costs(CostYears span) {
			span.all().forEach(year -> byYear.put(year, new YearCosts(year, CostRange.NONE, CostRange.NONE)));
		}

		void add(CostAmount line, CostYears span) {
			var amount = new CostRange(line.min(), line.max(), line.unknown(), true);
			var none = CostRange.NONE;
			if (line.oneOff()) {
				oneOff = oneOff.plus(amount);
			}
			else {
				recurring = recurring.plus(amount);
			}
			span.of(line).forEach(year -> byYear.computeIfPresent(year, (y, sum) -> sum
				.plus(line.oneOff() ? new YearCosts(y, amount, none) : new YearCosts(y, none, amount))));
		}

		List<YearCosts> years() {
			var list = new ArrayList<>(byYear.values());
			list.sort((a, b) -> Integer.compare(a.year(), b.year()));
			return List.copyOf(list);
		}

	}

}
