package fi.ohjaamo.registers;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The identifying columns of the organisation's projects, read from the portfolio's table as the ranking does
 * (ADR 0007): choosing a project for a system needs only its number, title and status, for every project at once.
 */
@Component
class ProjectTitles {

	/** A project as the register names it; {@code status} is the portfolio's status name. */
	record ProjectTitle(UUID id, String number, String title, String status) {
	}

	private final JdbcClient jdbc;

	ProjectTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProjectTitle> of(UUID organisationId) {
		return jdbc.sql("""
				select id, project_number, title, status from project where organisation_id = :org
				order by number_sort_key, title""")
			.param("org", organisationId)
			.query((rs, n) -> new ProjectTitle(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

}
