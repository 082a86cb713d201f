package fi.ohjaamo.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The WHERE clause of a view and its parameters; every value is a bound parameter, never spliced in. */
record PortfolioConditions(String sql, Map<String, Object> params) {

	/**
	 * @param found the cards the search index found for the filter's words, or null when it has none; words that
	 *     found nothing leave the view empty
	 */
	static PortfolioConditions of(UUID organisationId, PortfolioFilter filter, @Nullable List<UUID> found) {
		var sql = new StringBuilder("p.organisation_id = :org");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("org", organisationId);
		anyOf(sql, params, "p.category", "category", filter.category());
		anyOf(sql, params, "p.status", "status", filter.status());
		anyOf(sql, params, "p.service_area_id", "serviceArea", filter.serviceArea());
		anyOf(sql, params, "p.kind", "kind", filter.kind());
		anyOf(sql, params, "p.priority", "priority", filter.priority());
		equal(sql, params, "p.unit_id", "unit", filter.unit());
		equal(sql, params, "p.obligation", "obligation", filter.obligation());
		equal(sql, params, "p.visibility", "visibility", filter.visibility());
		equal(sql, params, "p.likelihood", "likelihood", filter.likelihood());
		equal(sql, params, "p.schedule_owner", "scheduleOwner", filter.scheduleOwner());
		equal(sql, params, "p.project_manager_id", "manager", filter.manager());
		equal(sql, params, "p.worksite_id", "worksite", filter.worksite());
		if (filter.goal() != null) {
			sql.append(" and exists (select 1 from project_goal g where g.project_id = p.id and g.goal_id = :goal)");
			params.put("goal", filter.goal());
		}
		if (Boolean.TRUE.equals(filter.noGoal())) {
			sql.append(" and p.no_strategic_goal = true");
		}
		if (filter.year() != null) {
			sql.append(" and p.start_month_index <= :yearLast"
					+ " and coalesce(p.end_month_index, p.start_month_index + 11) >= :yearFirst");
			params.put("yearFirst", filter.year() * 12);
			params.put("yearLast", filter.year() * 12 + 11);
		}
		if (found != null && found.isEmpty()) {
			sql.append(" and 1 = 0");
		}
		else if (found != null) {
			sql.append(" and p.id in (:found)");
			params.put("found", found);
		}
		return new PortfolioConditions(sql.toString(), params);
	}

	private static void anyOf(StringBuilder sql, Map<String, Object> params, String column, String name,
			List<?> values) {
		if (!values.isEmpty()) {
			sql.append(" and ").append(column).append(" in (:").append(name).append(")");
			params.put(name, values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v).toList());
		}
	}

	private static void equal(StringBuilder sql, Map<String, Object> params, String column, String name,
			@Nullable Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value instanceof Enum<?> e ? e.name() : value);
		}
	}

}
