package fi.ohjaamo.prioritisation.fundingcall;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects the funding pages name, read straight from the project table in one query as the ranking does
 * (ADR 0007): the titles of a call's applicants, and the open projects a person may apply with.
 */
@Component
@Transactional(readOnly = true)
class FundingProjects {

	record ProjectName(UUID id, String number, String title, UUID serviceAreaId) {

		public String label() {
			return number.isBlank() ? title : number + " " + title;
		}

	}

	private static final String SELECT = "select id, project_number, title, service_area_id from project ";

	private final JdbcClient jdbc;

	FundingProjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, ProjectName> named(UUID organisationId, Collection<UUID> ids) {
		var byId = new HashMap<UUID, ProjectName>();
		if (!ids.isEmpty()) {
			jdbc.sql(SELECT + "where organisation_id = :org and id in (:ids)")
				.param("org", organisationId).param("ids", List.copyOf(ids))
				.query((rs, row) -> name(rs)).list()
				.forEach(p -> byId.put(p.id(), p));
		}
		return byId;
	}

	/** Projects of the given service areas that are not finished, rejected or cancelled. */
	List<ProjectName> openIn(UUID organisationId, Collection<UUID> serviceAreas) {
		if (serviceAreas.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where organisation_id = :org and service_area_id in (:areas) "
				+ "and status not in ('DONE', 'REJECTED', 'CANCELLED') order by number_sort_key, lower(title)")
			.param("org", organisationId).param("areas", List.copyOf(serviceAreas))
			.query((rs, row) -> name(rs)).list();
	}

	private static ProjectName name(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ProjectName(rs.getObject("id", UUID.class), rs.getString("project_number"), rs.getString("title"),
				rs.getObject("service_area_id", UUID.class));
	}

}
