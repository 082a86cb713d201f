package fi.ohjaamo.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
public class PortfolioQuery {

	private final JdbcClient jdbc;

	private final PortfolioProperties properties;

	private final VatRate vat;

	private final PortfolioWhere conditions;

	/** The project of a sum of many projects' lines: none in particular. */
	private static final UUID ALL_PROJECTS = new UUID(0, 0);

	PortfolioQuery(JdbcClient jdbc, PortfolioProperties properties, VatRate vat, PortfolioWhere conditions) {
		this.jdbc = jdbc;
		this.conditions = conditions;
		this.properties = properties;
		this.vat = vat;
	}

	public PortfolioPage find(UUID organisationId, PortfolioFilter filter) {
		var where = conditions.of(organisationId, filter);
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

	/**
	 * The view's costs per year, summed by the database: lines that cost the same years are added up there, so the
	 * application reads a few dozen sums however many cards the view holds.
	 */
	private PortfolioTotals totals(PortfolioConditions where) {
		var params = new HashMap<>(where.params());
		params.put("vatDivisor", vat.divisor());
		String low = VatRate.withoutVatSql("coalesce(c.amount_min, 0)");
		String high = VatRate.withoutVatSql("coalesce(c.amount_max, c.amount_min, 0)");
		List<CostAmount> sums = jdbc.sql("""
				select c.kind, c.from_year, c.to_year, c.amount_unknown, sum(%s) as amount_min, sum(%s) as amount_max
				from project_cost c join project p on p.id = c.project_id where %s
				group by c.kind, c.from_year, c.to_year, c.amount_unknown""".formatted(low, high, where.sql()))
			.params(params)
			.query((rs, row) -> new CostAmount(ALL_PROJECTS, CostKind.valueOf(rs.getString("kind")),
					rs.getInt("from_year"), rs.getObject("to_year", Integer.class), rs.getBigDecimal("amount_min"),
					rs.getBigDecimal("amount_max"), rs.getBoolean("amount_unknown")))
			.list();
		long unknown = jdbc.sql("select count(distinct c.project_id) from project_cost c join project p"
				+ " on p.id = c.project_id where c.amount_unknown = true and " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var span = CostYears.of(sums, properties.maxTotalYears());
		Map<Integer, CostSum[]> years = new TreeMap<>();
		span.all().forEach(year -> years.put(year, new CostSum[] { CostSum.NONE, CostSum.NONE }));
		for (var sum : sums) {
			int slot = sum.oneOff() ? 0 : 1;
			span.of(sum).forEach(year -> {
				var pair = Objects.requireNonNull(years.get(year), "the span holds every line's years");
				pair[slot] = pair[slot].plus(sum.min(), sum.max(), sum.unknown());
			});
		}
		var result = new ArrayList<PortfolioTotals.YearTotal>();
		years.forEach((year, pair) -> result.add(new PortfolioTotals.YearTotal(year, pair[0], pair[1])));
		return new PortfolioTotals(result, (int) unknown);
	}

	private record RowBase(UUID id, String number, String title, Category category, UUID serviceAreaId, Status status,
			Priority priority, ProjectKind kind, Obligation obligation, Visibility visibility, String scheduleStart,
			String scheduleEnd) {

		PortfolioRow toRow(CostSum oneOff, CostSum recurring) {
			return new PortfolioRow(id, number, title, category, serviceAreaId, status, priority, kind, obligation,
					visibility, scheduleStart, scheduleEnd, oneOff, recurring);
		}

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
		return CostAmount.read(rs, vat);
	}

}
