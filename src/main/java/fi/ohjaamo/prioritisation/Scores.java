package fi.ohjaamo.prioritisation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.portfolio.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prioritisation module's API for scores. A score is never changed: scoring again adds new rows, and the
 * latest of each evaluator counts, so the history keeps who scored what and when.
 */
@Service
@Transactional(readOnly = true)
public class Scores {

	private final JdbcClient jdbc;

	private final Criteria criteria;

	private final Projects projects;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Scores(JdbcClient jdbc, Criteria criteria, Projects projects, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.criteria = criteria;
		this.projects = projects;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/** The project's scores; another organisation's project is as unknown as one never created. */
	public ScoreSheet sheet(UUID organisationId, UUID projectId) {
		projects.get(organisationId, projectId);
		var given = jdbc.sql("select seq, round_id, criterion_id, evaluator_id, level_value, reason, scored_at "
				+ "from project_score where organisation_id = :org and project_id = :project order by seq")
			.param("org", organisationId)
			.param("project", projectId)
			.query((rs, row) -> new GivenScore(rs.getLong("seq"), rs.getObject("round_id", UUID.class),
					rs.getObject("criterion_id", UUID.class), rs.getObject("evaluator_id", UUID.class),
					rs.getInt("level_value"), rs.getString("reason"),
					rs.getTimestamp("scored_at").toInstant()))
			.list();
		var names = new HashMap<UUID, String>();
		organisations.peopleOf(organisationId).forEach(p -> names.put(p.id(), p.displayName()));
		given.stream().map(GivenScore::evaluatorId).distinct().filter(id -> !names.containsKey(id))
			.forEach(id -> organisations.person(id).map(PersonView::displayName).ifPresent(name -> names.put(id, name)));
		return ScoreSheet.of(criteria.of(organisationId), given, names);
	}

	/**
	 * Records the signed-in evaluator's levels on every active criterion, with an optional reason.
	 * @throws IllegalArgumentException when a level is missing or not on its criterion's scale
	 */
	@Transactional
	public void score(CurrentUser user, UUID projectId, Map<UUID, Integer> levels, String reason) {
		UUID organisationId = user.organisationId();
		var project = projects.get(organisationId, projectId);
		PrioritisationPermissions.require(PrioritisationPermissions.mayScore(user), "only IT management scores projects");
		var active = criteria.active(organisationId);
		if (active.isEmpty() || active.stream().anyMatch(c -> !levels.containsKey(c.getId())
				|| !c.hasLevel(levels.get(c.getId())))) {
			throw new IllegalArgumentException("a level on the scale of every active criterion is needed");
		}
		UUID round = UUID.randomUUID();
		var now = java.sql.Timestamp.from(clock.instant());
		for (var criterion : active) {
			jdbc.sql("insert into project_score (organisation_id, project_id, criterion_id, evaluator_id, round_id, "
					+ "level_value, reason, scored_at) values (:org, :project, :criterion, :evaluator, :round, :level, "
					+ ":reason, :at)")
				.param("org", organisationId)
				.param("project", projectId)
				.param("criterion", criterion.getId())
				.param("evaluator", user.personId())
				.param("round", round)
				.param("level", levels.get(criterion.getId()))
				.param("reason", reason)
				.param("at", now)
				.update();
		}
		events.publishEvent(new ProjectScored(organisationId, projectId, project.getTitle() + ": " + active.stream()
			.map(c -> c.getName() + " " + levels.get(c.getId()))
			.collect(Collectors.joining(", "))));
	}

}
