package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the roadmap under the portfolio's filters in two queries, one for the projects and one for their goals,
 * however many projects the view holds.
 */
@Component
@Transactional(readOnly = true)
public class RoadmapQuery {

	private final JdbcClient jdbc;

	private final PortfolioWhere conditions;

	RoadmapQuery(JdbcClient jdbc, PortfolioWhere conditions) {
		this.jdbc = jdbc;
		this.conditions = conditions;
	}

	public List<RoadmapProject> find(UUID organisationId, PortfolioFilter filter) {
		var where = conditions.of(organisationId, filter);
		Map<UUID, List<UUID>> goals = new HashMap<>();
		jdbc.sql("select g.project_id, g.goal_id from project_goal g join project p on p.id = g.project_id where "
				+ where.sql() + " order by g.project_id, g.line_no")
			.params(where.params())
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> goals.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select p.id, p.project_number, p.title, p.category, p.service_area_id, p.status, "
				+ "p.schedule_start, p.schedule_end from project p where " + where.sql()
				+ " order by p.start_month_index nulls last, p.end_month_index nulls last, p.number_sort_key, p.id")
			.params(where.params())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new RoadmapProject(id, rs.getString("project_number"), rs.getString("title"),
						Category.valueOf(rs.getString("category")), rs.getObject("service_area_id", UUID.class),
						Status.valueOf(rs.getString("status")), rs.getString("schedule_start"),
						rs.getString("schedule_end"), goals.getOrDefault(id, List.of()));
			})
			.list();
	}

}
