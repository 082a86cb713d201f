package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio read as a plan that other views rearrange, such as a scenario beside the current plan or the
 * capacity outlook: the projects in some statuses, their cost and resource lines, and the cost lines' sums per year
 * counted exactly as the portfolio's totals count them. One query each, whatever the number of projects.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioPlans {

	private final JdbcClient jdbc;

	private final PortfolioProperties properties;

	private final VatRate vat;

	PortfolioPlans(JdbcClient jdbc, PortfolioProperties properties, VatRate vat) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.vat = vat;
	}

	/** A project as a plan lists it. */
	public record PlannedProject(UUID id, String number, String title, Status status, String scheduleStart,
			String scheduleEnd) {
	}

	/** The organisation's projects in these statuses, by number and title. */
	public List<PlannedProject> projects(UUID organisationId, Collection<Status> statuses) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, project_number, title, status, schedule_start, schedule_end from project "
				+ "where organisation_id = :org and status in (:statuses) order by number_sort_key, lower(title), id")
			.param("org", organisationId)
			.param("statuses", statuses.stream().map(Status::name).toList())
			.query((rs, row) -> new PlannedProject(rs.getObject("id", UUID.class), rs.getString("project_number"),
					rs.getString("title"), Status.valueOf(rs.getString("status")), rs.getString("schedule_start"),
					rs.getString("schedule_end")))
			.list();
	}

	/** The cost lines, VAT excluded, of the organisation's projects in these statuses, by project. */
	public Map<UUID, List<CostAmount>> costLines(UUID organisationId, Collection<Status> statuses) {
		if (statuses.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select c.project_id, c.kind, c.from_year, c.to_year, c.amount_min, c.amount_max, "
				+ "c.amount_unknown, c.vat from project_cost c join project p on p.id = c.project_id "
				+ "where p.organisation_id = :org and p.status in (:statuses)")
			.param("org", organisationId)
			.param("statuses", statuses.stream().map(Status::name).toList())
			.query((rs, row) -> CostAmount.read(rs, vat))
			.list()
			.stream()
			.collect(Collectors.groupingBy(CostAmount::projectId));
	}

	/** The resource lines of the organisation's projects in these statuses, by project, each in the card's order. */
	public Map<UUID, List<ResourceLine>> resourceLines(UUID organisationId, Collection<Status> statuses) {
		var byProject = new HashMap<UUID, List<ResourceLine>>();
		if (statuses.isEmpty()) {
			return byProject;
		}
		jdbc.sql("select r.project_id, r.party, r.effort_unit, r.amount_min, r.amount_max, r.note "
				+ "from project_resource r join project p on p.id = r.project_id "
				+ "where p.organisation_id = :org and p.status in (:statuses) order by r.project_id, r.line_no")
			.param("org", organisationId)
			.param("statuses", statuses.stream().map(Status::name).toList())
			.query(rs -> {
				byProject.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
					.add(new ResourceLine(ResourceParty.valueOf(rs.getString("party")),
							EffortUnit.valueOf(rs.getString("effort_unit")), rs.getBigDecimal("amount_min"),
							rs.getBigDecimal("amount_max"), rs.getString("note")));
			});
		return byProject;
	}

	/**
	 * Sums each plan's lines per year over one span common to all plans, so that their columns compare year by
	 * year: recurring costs run on into the following years as long as they run, open-ended ones to the span's end.
	 */
	public List<PortfolioTotals> costsPerYear(List<? extends Collection<CostAmount>> plans) {
		var span = CostYears.of(plans.stream().<CostAmount>flatMap(Collection::stream).toList(),
				properties.maxTotalYears());
		return plans.stream().map(lines -> sum(lines, span)).toList();
	}

	private static PortfolioTotals sum(Collection<CostAmount> lines, CostYears span) {
		Map<Integer, CostSum[]> years = new TreeMap<>();
		span.all().forEach(year -> years.put(year, new CostSum[] { CostSum.NONE, CostSum.NONE }));
		for (var line : lines) {
			int slot = line.oneOff() ? 0 : 1;
			span.of(line).forEach(year -> {
				var pair = Objects.requireNonNull(years.get(year), "the span holds every line's years");
				pair[slot] = pair[slot].plus(line.min(), line.max(), line.unknown());
			});
		}
		var result = new ArrayList<PortfolioTotals.YearTotal>();
		years.forEach((year, pair) -> result.add(new PortfolioTotals.YearTotal(year, pair[0], pair[1])));
		int unknown = (int) lines.stream().filter(CostAmount::unknown).map(CostAmount::projectId).distinct().count();
		return new PortfolioTotals(result, unknown);
	}

}
