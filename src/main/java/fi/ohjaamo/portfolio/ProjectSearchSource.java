package fi.ohjaamo.portfolio;

import java.util.List;

import fi.ohjaamo.search.SearchSource;
import fi.ohjaamo.search.TableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The project cards as search finds them: the title, then the number and every text the card's writers wrote,
 * including the notes on cost and resource lines.
 */
@Configuration(proxyBeanMethods = false)
class ProjectSearchSource {

	static final String KIND = "project";

	@Bean
	SearchSource projectSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, KIND, "project", "title",
				List.of("project_number", "description", "impact_summary", "impact_organisation_text",
						"impact_security_text", "impact_data_text", "impact_case_text", "schedule_note", "likelihood_note",
						"cost_note", "resource_note"),
				"/projects/")
			.withLines("select project_id as item_id, note as line from project_cost where project_id in (:ids)"
					+ " union all select project_id as item_id, note as line from project_resource"
					+ " where project_id in (:ids)");
	}

}
