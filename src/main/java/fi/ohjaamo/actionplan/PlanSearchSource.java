package fi.ohjaamo.actionplan;

import java.util.List;

import fi.ohjaamo.search.SearchSource;
import fi.ohjaamo.search.TableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The action plans as search finds them: the title and period, then every chapter's heading and text. */
@Configuration(proxyBeanMethods = false)
class PlanSearchSource {

	@Bean
	SearchSource planSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "action-plan", "action_plan", "title", List.of("period_label"), "/plans/")
			.withLines("select plan_id as item_id, heading as line from action_plan_chapter where plan_id in (:ids)"
					+ " union all select plan_id as item_id, text as line from action_plan_chapter where plan_id in (:ids)");
	}

}
