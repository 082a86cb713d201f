package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of the organisation's open projects in one query, so that it stays fast with thousands of projects:
 * mandatory projects first, then by weighted score (see {@link WeightedScore}, which this query mirrors), unscored
 * projects last, and the project number within equals. It reads the portfolio's project table directly, read
 * only and only its identifying columns, because a ranking joined in Java from two modules' APIs would need every
 * project and every score in memory (see docs/adr/0005-ranking-reads-the-project-table.md).
 */
@Component
@Transactional(readOnly = true)
public class RankingQuery {

	private static final String SQL = """
			with latest as (
			    select s.project_id, s.criterion_id, s.evaluator_id, s.level_value,
			           row_number() over (partition by s.project_id, s.criterion_id, s.evaluator_id
			                              order by s.seq desc) as newest
			    from project_score s join criterion c on c.id = s.criterion_id
			    where s.organisation_id = :org and c.active = true
			),
			per_criterion as (
			    select project_id, criterion_id, avg(cast(level_value as double precision)) as mean_level
			    from latest where newest = 1 group by project_id, criterion_id
			),
			per_project as (
			    select m.project_id, count(*) as criteria_scored,
			           sum(c.weight * least(1.0, greatest(0.0, (m.mean_level - c.scale_start)
			               / (case when c.scale_end > c.scale_start then c.scale_end - c.scale_start else 1 end)))) as weighted
			    from per_criterion m join criterion c on c.id = m.criterion_id
			    group by m.project_id
			),
			evaluators as (
			    select project_id, count(distinct evaluator_id) as evaluators from latest where newest = 1 group by project_id
			)
			select p.id, p.project_number, p.title, p.status, p.obligation, p.service_area_id,
			       r.weighted, coalesce(r.criteria_scored, 0) as criteria_scored, coalesce(e.evaluators, 0) as evaluators
			from project p
			left join per_project r on r.project_id = p.id
			left join evaluators e on e.project_id = p.id
			where p.organisation_id = :org and p.status not in ('DONE', 'CANCELLED') %s
			order by case when p.obligation = 'MANDATORY' then 0 else 1 end,
			         case when r.weighted is null then 1 else 0 end, r.weighted desc, p.number_sort_key, p.title
			""";

	private final JdbcClient jdbc;

	RankingQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ranked rows; {@code totalWeight} is the sum of the active criteria's weights, by which each weighted sum
	 * is divided to give a score of 0–100.
	 */
	public List<RankingRow> rank(UUID organisationId, RankingFilter filter, int totalWeight) {
		var conditions = new StringBuilder();
		if (filter.serviceArea() != null) {
			conditions.append(" and p.service_area_id = :area");
		}
		if (filter.status() != null) {
			conditions.append(" and p.status = :status");
		}
		var statement = jdbc.sql(SQL.formatted(conditions)).param("org", organisationId);
		if (filter.serviceArea() != null) {
			statement = statement.param("area", filter.serviceArea());
		}
		if (filter.status() != null) {
			statement = statement.param("status", filter.status().name());
		}
		var rows = new ArrayList<RankingRow>();
		statement.query((rs, n) -> {
			double weighted = rs.getDouble("weighted");
			Double score = rs.wasNull() || totalWeight <= 0 ? null : weighted * 100 / totalWeight;
			rows.add(new RankingRow(n + 1, rs.getObject("id", UUID.class), rs.getString("project_number"),
					rs.getString("title"), Status.valueOf(rs.getString("status")),
					Obligation.valueOf(rs.getString("obligation")), rs.getObject("service_area_id", UUID.class), score,
					rs.getInt("criteria_scored"), rs.getInt("evaluators")));
			return n;
		}).list();
		return rows;
	}

}
