package fi.ohjaamo.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's projects as other modules list them (the ranking, funding calls, the register's project
 * links): one query each, whatever the number of projects, in the portfolio's order of number and title. Other
 * modules read projects here or in {@link PortfolioPlans}, never from the portfolio's tables
 * (docs/adr/0007-modules-read-each-others-data-through-their-api.md).
 */
@Service
@Transactional(readOnly = true)
public class ProjectSummaries {

	private static final String SELECT = """
			select id, project_number, title, status, obligation, service_area_id from project
			where organisation_id = :org %s
			order by number_sort_key, lower(title), id""";

	private final JdbcClient jdbc;

	ProjectSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every project of the organisation. */
	public List<ProjectSummary> of(UUID organisationId) {
		return jdbc.sql(SELECT.formatted("")).param("org", organisationId).query(ProjectSummaries::read).list();
	}

	/** The organisation's projects in these statuses. */
	public List<ProjectSummary> in(UUID organisationId, Collection<Status> statuses) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT.formatted("and status in (:statuses)"))
			.param("org", organisationId)
			.param("statuses", names(statuses))
			.query(ProjectSummaries::read)
			.list();
	}

	/** The organisation's projects in these statuses and these service areas. */
	public List<ProjectSummary> in(UUID organisationId, Collection<Status> statuses, Collection<UUID> serviceAreas) {
		if (statuses.isEmpty() || serviceAreas.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT.formatted("and status in (:statuses) and service_area_id in (:areas)"))
			.param("org", organisationId)
			.param("statuses", names(statuses))
			.param("areas", List.copyOf(serviceAreas))
			.query(ProjectSummaries::read)
			.list();
	}

	/** These projects by id; an id not of the organisation's projects is left out. */
	public Map<UUID, ProjectSummary> byId(UUID organisationId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT.formatted("and id in (:ids)"))
			.param("org", organisationId)
			.param("ids", List.copyOf(ids))
			.query(ProjectSummaries::read)
			.list()
			.stream()
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
	}

	private static List<String> names(Collection<Status> statuses) {
		return statuses.stream().map(Status::name).toList();
	}

	private static ProjectSummary read(ResultSet rs, int row) throws SQLException {
		return new ProjectSummary(rs.getObject("id", UUID.class), rs.getString("project_number"),
				rs.getString("title"), Status.valueOf(rs.getString("status")),
				Obligation.valueOf(rs.getString("obligation")), rs.getObject("service_area_id", UUID.class));
	}

}
