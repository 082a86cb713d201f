package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.ProjectSummary;
import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of the organisation's open projects ({@link RankingFilter#RANKED}: not rejected, done or cancelled):
 * mandatory projects first, then by weighted score, unscored projects last, and by project number within equals. Two
 * queries, whatever the number of projects: the open projects from the portfolio's {@link ProjectSummaries}, and
 * from this module's own tables the mean of the evaluators' latest levels per project and active criterion; the
 * scores are then weighed by {@link WeightedScore}, as on a project's own page. The two are not joined in SQL: H2
 * evaluates a grouped subquery in a join once per project, which took 45 s for 2,000 projects.
 */
@Component
@Transactional(readOnly = true)
public class RankingQuery {

	/** Each evaluator's latest level on each active criterion, averaged per project and criterion. */
	private static final String MEANS = """
			select project_id, criterion_id, avg(cast(level_value as double precision)) as mean_level,
			       count(*) as evaluators
			from (select s.project_id, s.criterion_id, s.level_value,
			             row_number() over (partition by s.project_id, s.criterion_id, s.evaluator_id
			                                order by s.seq desc) as newest
			      from project_score s join criterion c on c.id = s.criterion_id
			      where s.organisation_id = :org and c.active = true) latest
			where newest = 1
			group by project_id, criterion_id
			""";

	private static final Comparator<RankingRow> ORDER = Comparator.comparing((RankingRow r) -> !r.mandatory())
		.thenComparing(r -> !r.scored())
		.thenComparing(r -> r.score() == null ? 0 : -r.score());

	private final JdbcClient jdbc;

	private final Criteria criteria;

	private final ProjectSummaries projects;

	RankingQuery(JdbcClient jdbc, Criteria criteria, ProjectSummaries projects) {
		this.jdbc = jdbc;
		this.criteria = criteria;
		this.projects = projects;
	}

	public List<RankingRow> rank(UUID organisationId, RankingFilter filter) {
		var active = criteria.active(organisationId);
		var means = new HashMap<UUID, Map<UUID, Double>>();
		var evaluators = new HashMap<UUID, Integer>();
		jdbc.sql(MEANS).param("org", organisationId).query(rs -> {
			UUID project = rs.getObject("project_id", UUID.class);
			means.computeIfAbsent(project, id -> new HashMap<>())
				.put(rs.getObject("criterion_id", UUID.class), rs.getDouble("mean_level"));
			evaluators.merge(project, rs.getInt("evaluators"), Math::max);
		});
		var rows = new ArrayList<RankingRow>();
		for (var project : projects(organisationId, filter)) {
			var projectMeans = means.getOrDefault(project.id(), Map.of());
			rows.add(new RankingRow(0, project.id(), project.number(), project.title(), project.status(),
					project.obligation(), project.serviceAreaId(), WeightedScore.of(active, projectMeans),
					projectMeans.size(), evaluators.getOrDefault(project.id(), 0)));
		}
		// A stable sort: projects that are equal stay in the order of their numbers.
		rows.sort(ORDER);
		var ranked = new ArrayList<RankingRow>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			ranked.add(rows.get(i).at(i + 1));
		}
		return ranked;
	}

	private List<ProjectSummary> projects(UUID organisationId, RankingFilter filter) {
		@Nullable Status status = filter.status();
		Set<Status> statuses = status == null ? RankingFilter.RANKED : Set.of(status);
		@Nullable UUID area = filter.serviceArea();
		return area == null ? projects.in(organisationId, statuses) : projects.in(organisationId, statuses, Set.of(area));
	}

}
