package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import fi.ohjaamo.strategy.StrategicGoals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads {@link GoalCoverage} with four aggregate queries, whatever the number of goals and projects. */
@Component
@Transactional(readOnly = true)
public class GoalCoverageQuery {

	private static final String LIVE_PROJECTS = "p.organisation_id = :org and p.status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	private final StrategicGoals goals;

	private final VatRate vat;

	GoalCoverageQuery(JdbcClient jdbc, StrategicGoals goals, VatRate vat) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.vat = vat;
	}

	public GoalCoverage of(UUID organisationId) {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.sql("select g.goal_id, count(*) as n from project_goal g join project p on p.id = g.project_id where "
				+ LIVE_PROJECTS + " group by g.goal_id")
			.param("org", organisationId)
			.query((rs, row) -> counts.put(rs.getObject("goal_id", UUID.class), rs.getInt("n")))
			.list();
		Map<UUID, CostSum[]> costs = new HashMap<>();
		jdbc.sql("select g.goal_id, c.kind, c.amount_min, c.amount_max, c.amount_unknown, c.vat from project_goal g "
				+ "join project p on p.id = g.project_id join project_cost c on c.project_id = p.id where " + LIVE_PROJECTS)
			.param("org", organisationId)
			.query((rs, row) -> {
				var basis = Vat.valueOf(rs.getString("vat"));
				BigDecimal min = rs.getBigDecimal("amount_min") == null ? BigDecimal.ZERO : rs.getBigDecimal("amount_min");
				BigDecimal max = rs.getBigDecimal("amount_max") == null ? min : rs.getBigDecimal("amount_max");
				var pair = costs.computeIfAbsent(rs.getObject("goal_id", UUID.class),
						id -> new CostSum[] { CostSum.NONE, CostSum.NONE });
				int slot = CostKind.valueOf(rs.getString("kind")) == CostKind.ONE_OFF ? 0 : 1;
				pair[slot] = pair[slot].plus(vat.withoutVat(min, basis), vat.withoutVat(max, basis),
						rs.getBoolean("amount_unknown"));
				return pair;
			})
			.list();
		var rows = goals.of(organisationId).stream().map(goal -> {
			var pair = costs.getOrDefault(goal.id(), new CostSum[] { CostSum.NONE, CostSum.NONE });
			return new GoalCoverage.Goal(goal, counts.getOrDefault(goal.id(), 0), pair[0], pair[1]);
		}).toList();
		return new GoalCoverage(rows, count("p.no_strategic_goal = true", organisationId),
				count("p.no_strategic_goal = false and not exists "
						+ "(select 1 from project_goal g where g.project_id = p.id)", organisationId));
	}

	private int count(String condition, UUID organisationId) {
		return jdbc.sql("select count(*) from project p where " + LIVE_PROJECTS + " and " + condition)
			.param("org", organisationId)
			.query(Integer.class)
			.single();
	}

}
