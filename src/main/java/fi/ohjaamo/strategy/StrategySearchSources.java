package fi.ohjaamo.strategy;

import java.util.List;

import fi.ohjaamo.search.SearchSource;
import fi.ohjaamo.search.TableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The strategy as search finds it: strategies with their vision, mission and listed lines; focus areas (on their
 * strategy's page), goals with their success factors, actions (shown on their goal's page), indicators, SWOT analyses and their items
 * with responses, and programmes.
 */
@Configuration(proxyBeanMethods = false)
class StrategySearchSources {

	@Bean
	SearchSource strategySearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "strategy", "strategy", "name", List.of("vision", "mission"),
				"/strategy/strategies/")
			.withLines("select strategy_id as item_id, line_text as line from strategy_line where strategy_id in (:ids)");
	}

	@Bean
	SearchSource focusAreaSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "focus-area", "focus_area", "name", List.of("description"), "/strategy/strategies/")
			.shownAt("strategy_id", "#focus-areas");
	}

	@Bean
	SearchSource goalSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "goal", "strategic_goal", "name", List.of("description", "success_factors"),
				"/strategy/goals/");
	}

	@Bean
	SearchSource actionSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "action", "strategy_action", "description",
				List.of("responsible_role", "progress_note"), "/strategy/goals/")
			.shownAt("goal_id", "#actions");
	}

	@Bean
	SearchSource indicatorSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "indicator", "indicator", "name", List.of("unit_of_measure"),
				"/strategy/indicators/");
	}

	@Bean
	SearchSource swotSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "swot-analysis", "swot_analysis", "title", List.of(), "/strategy/swot/");
	}

	/** Each SWOT item on its own, found by its text or its response, shown on its analysis's page. */
	@Bean
	SearchSource swotItemSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "swot-item",
				"(select i.id, a.organisation_id, i.analysis_id, i.description, i.response from swot_item i"
						+ " join swot_analysis a on a.id = i.analysis_id) items",
				"description", List.of("response"), "/strategy/swot/")
			.shownAt("analysis_id", "");
	}

	@Bean
	SearchSource programmeSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "programme", "programme", "name", List.of("description"), "/strategy/programmes/");
	}

}
