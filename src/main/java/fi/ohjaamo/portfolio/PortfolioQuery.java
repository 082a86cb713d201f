package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads portfolio views straight from the tables: one query for the page, one for the count and one
 * for the cost lines of the whole view, all under the same conditions and always within one organisation.
 */
@Component
@Transactional(readOnly = true)
class PortfolioQuery {

	private final JdbcClient jdbc;

	private final PortfolioProperties properties;

	PortfolioQuery(JdbcClient jdbc, PortfolioProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	PortfolioPage find(UUID organisationId, PortfolioFilter filter) {
		var where = Conditions.of(organisationId, filter);
		long total = jdbc.sql("select count(*) from project p where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var sort = PortfolioSort.of(filter.sort());
		String order = sort.sql + (filter.descending() ? " desc" : " asc") + " nulls last, lower(p.title), p.id";
		var params = new HashMap<>(where.params());
		params.put("limit", PortfolioFilter.PAGE_SIZE);
		params.put("offset", filter.offset());
		List<RowBase> bases = jdbc.sql("""
				select p.id, p.project_number, p.title, p.category, p.service_area_id, p.status, p.priority, p.kind,
				       p.obligation, p.visibility, p.schedule_start, p.schedule_end
				from project p where %s order by %s limit :limit offset :offset""".formatted(where.sql(), order))
			.params(params)
			.query(PortfolioQuery::rowBase)
			.list();
		return new PortfolioPage(withCosts(bases), total, filter.page(), totals(where));
	}

	private List<PortfolioRow> withCosts(List<RowBase> bases) {
		if (bases.isEmpty()) {
			return List.of();
		}
		Map<UUID, CostSum[]> sums = new HashMap<>();
		jdbc.sql("select project_id, kind, from_year, to_year, amount_min, amount_max, amount_unknown, vat "
				+ "from project_cost where project_id in (:ids)")
			.param("ids", bases.stream().map(RowBase::id).toList())
			.query(this::costLine)
			.list()
			.forEach(line -> {
				var pair = sums.computeIfAbsent(line.projectId(), id -> new CostSum[] { CostSum.NONE, CostSum.NONE });
				int slot = line.kind() == CostKind.ONE_OFF ? 0 : 1;
				pair[slot] = pair[slot].plus(line.min(), line.max(), line.unknown());
			});
		return bases.stream().map(base -> {
			var pair = sums.getOrDefault(base.id(), new CostSum[] { CostSum.NONE, CostSum.NONE });
			return base.toRow(pair[0], pair[1]);
		}).toList();
	}

	private PortfolioTotals totals(Conditions where) {
		List<CostAmount> lines = jdbc.sql("""
				select c.project_id, c.kind, c.from_year, c.to_year, c.amount_min, c.amount_max, c.amount_unknown, c.vat
				from project_cost c join project p on p.id = c.project_id where\s""" + where.sql())
			.params(where.params())
			.query(this::costLine)
			.list();
		int first = lines.stream().mapToInt(CostAmount::fromYear).min().orElse(0);
		int last = lines.stream().mapToInt(l -> l.toYear() == null ? l.fromYear() : l.toYear()).max().orElse(-1);
		last = Math.min(last, first + properties.maxTotalYears() - 1);
		Map<Integer, CostSum[]> years = new TreeMap<>();
		for (int year = first; year <= last; year++) {
			years.put(year, new CostSum[] { CostSum.NONE, CostSum.NONE });
		}
		for (var line : lines) {
			int end = line.kind() == CostKind.ONE_OFF ? line.fromYear() : line.toYear() == null ? last : line.toYear();
			for (int year = line.fromYear(); year <= Math.min(end, last); year++) {
				var pair = years.get(year);
				int slot = line.kind() == CostKind.ONE_OFF ? 0 : 1;
				pair[slot] = pair[slot].plus(line.min(), line.max(), line.unknown());
			}
		}
		var result = new ArrayList<PortfolioTotals.YearTotal>();
		years.forEach((year, pair) -> result.add(new PortfolioTotals.YearTotal(year, pair[0], pair[1])));
		int unknown = (int) lines.stream().filter(CostAmount::unknown).map(CostAmount::projectId).distinct().count();
		return new PortfolioTotals(result, unknown);
	}

	private record RowBase(UUID id, String number, String title, Category category, UUID serviceAreaId, Status status,
			Priority priority, ProjectKind kind, Obligation obligation, Visibility visibility, String scheduleStart,
			String scheduleEnd) {

		PortfolioRow toRow(CostSum oneOff, CostSum recurring) {
			return new PortfolioRow(id, number, title, category, serviceAreaId, status, priority, kind, obligation,
					visibility, scheduleStart, scheduleEnd, oneOff, recurring);
		}

	}

	private record CostAmount(UUID projectId, CostKind kind, int fromYear, Integer toYear, BigDecimal min,
			BigDecimal max, boolean unknown) {
	}

	private static RowBase rowBase(ResultSet rs, int row) throws SQLException {
		return new RowBase(rs.getObject("id", UUID.class), rs.getString("project_number"), rs.getString("title"),
				Category.valueOf(rs.getString("category")), rs.getObject("service_area_id", UUID.class),
				Status.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
				ProjectKind.valueOf(rs.getString("kind")), Obligation.valueOf(rs.getString("obligation")),
				Visibility.valueOf(rs.getString("visibility")), rs.getString("schedule_start"),
				rs.getString("schedule_end"));
	}

	private CostAmount costLine(ResultSet rs, int row) throws SQLException {
		BigDecimal min = rs.getBigDecimal("amount_min");
		BigDecimal max = rs.getBigDecimal("amount_max");
		boolean unknown = rs.getBoolean("amount_unknown");
		BigDecimal low = min == null ? BigDecimal.ZERO : min;
		BigDecimal high = max == null ? low : max;
		if (Vat.valueOf(rs.getString("vat")) == Vat.INCLUDED) {
			low = withoutVat(low);
			high = withoutVat(high);
		}
		Integer toYear = rs.getObject("to_year", Integer.class);
		return new CostAmount(rs.getObject("project_id", UUID.class), CostKind.valueOf(rs.getString("kind")),
				rs.getInt("from_year"), toYear, low, high, unknown);
	}

	private BigDecimal withoutVat(BigDecimal amount) {
		var divisor = BigDecimal.ONE.add(properties.vatPercent().movePointLeft(2));
		return amount.divide(divisor, MathContext.DECIMAL64).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** The WHERE clause of a view and its parameters; every value is a bound parameter, never spliced in. */
	record Conditions(String sql, Map<String, Object> params) {

		static Conditions of(UUID organisationId, PortfolioFilter filter) {
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
			String[] words = filter.q().toLowerCase(Locale.ROOT).split("\\s+");
			for (int i = 0; i < words.length && i < 10; i++) {
				if (!words[i].isEmpty()) {
					sql.append(" and p.search_text like :q").append(i).append(" escape '\\'");
					params.put("q" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				}
			}
			return new Conditions(sql.toString(), params);
		}

		private static void anyOf(StringBuilder sql, Map<String, Object> params, String column, String name,
				List<?> values) {
			if (!values.isEmpty()) {
				sql.append(" and ").append(column).append(" in (:").append(name).append(")");
				params.put(name, values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v).toList());
			}
		}

		private static void equal(StringBuilder sql, Map<String, Object> params, String column, String name,
				Object value) {
			if (value != null) {
				sql.append(" and ").append(column).append(" = :").append(name);
				params.put(name, value instanceof Enum<?> e ? e.name() : value);
			}
		}

	}

}
