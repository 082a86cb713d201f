package fi.ohjaamo.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.strategy.WorksiteProjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio's answer to the programme page: which of the organisation's projects sit on which worksite. */
@Component
@Transactional(readOnly = true)
class ProjectsOnWorksites implements WorksiteProjects {

	private final JdbcClient jdbc;

	ProjectsOnWorksites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ProjectOnWorksite> on(UUID organisationId, Collection<UUID> worksiteIds) {
		if (worksiteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.id, p.worksite_id, p.title, p.status from project p
				where p.organisation_id = :org and p.worksite_id in (:worksites)
				order by p.number_sort_key, lower(p.title), p.id""")
			.param("org", organisationId)
			.param("worksites", List.copyOf(worksiteIds))
			.query((rs, row) -> new ProjectOnWorksite(rs.getObject("id", UUID.class),
					rs.getObject("worksite_id", UUID.class), rs.getString("title"),
					"portfolio.status." + Status.valueOf(rs.getString("status")).name()))
			.list();
	}

}
