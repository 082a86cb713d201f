package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.shared.SchedulePoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the plan from the portfolio's project tables in two queries whatever the number of projects: the
 * projects' schedules and their resource lines. Read only, and only the columns the calculation needs, as the
 * ranking does (see docs/adr/0007-ranking-reads-the-project-table.md).
 */
@Component
class PlanQuery {

	private static final String PROJECTS = """
			select p.id, p.title, p.schedule_start, p.schedule_end
			from project p
			where p.organisation_id = :org and p.status in (:statuses)
			order by p.number_sort_key, p.title
			""";

	private static final String RESOURCES = """
			select r.project_id, r.party, r.effort_unit, r.amount_min, r.amount_max
			from project_resource r join project p on p.id = r.project_id
			where p.organisation_id = :org and p.status in (:statuses)
			order by r.project_id, r.line_no
			""";

	private static final String SERVICE_AREAS = """
			select p.id, p.service_area_id from project p
			where p.organisation_id = :org and p.service_area_id is not null
			""";

	private final JdbcClient jdbc;

	PlanQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PlannedWork> plan(UUID organisationId, PlanScope scope) {
		var statuses = scope.statuses().stream().map(Enum::name).toList();
		var lines = new HashMap<UUID, List<ResourceLine>>();
		jdbc.sql(RESOURCES).param("org", organisationId).param("statuses", statuses).query(rs -> {
			lines.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new ResourceLine(ResourceParty.valueOf(rs.getString("party")),
						EffortUnit.valueOf(rs.getString("effort_unit")), rs.getObject("amount_min", BigDecimal.class),
						rs.getObject("amount_max", BigDecimal.class), ""));
		});
		var plan = new ArrayList<PlannedWork>();
		jdbc.sql(PROJECTS).param("org", organisationId).param("statuses", statuses).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			plan.add(new PlannedWork(id, rs.getString("title"),
					SchedulePoint.parse(rs.getString("schedule_start")).orElse(null),
					SchedulePoint.parse(rs.getString("schedule_end")).orElse(null), lines.getOrDefault(id, List.of())));
		});
		return plan;
	}

	/** The service area of every project of the organisation that has one. */
	Map<UUID, UUID> serviceAreas(UUID organisationId) {
		var areas = new HashMap<UUID, UUID>();
		jdbc.sql(SERVICE_AREAS).param("org", organisationId)
			.query(rs -> { areas.put(rs.getObject("id", UUID.class), rs.getObject("service_area_id", UUID.class)); });
		return areas;
	}

}
