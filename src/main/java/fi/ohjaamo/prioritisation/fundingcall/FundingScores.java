package fi.ohjaamo.prioritisation.fundingcall;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.prioritisation.PrioritisationPermissions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallEvents.FundingApplicationScored;
import fi.ohjaamo.prioritisation.fundingcall.FundingScoreSheet.Given;
import fi.ohjaamo.prioritisation.fundingcall.FundingScoreSheet.Weighted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of applications on their call's criteria, on the criteria's own scales. Like the projects' scores they
 * are only added: the latest of each evaluator counts and the history shows every round.
 */
@Service
@Transactional(readOnly = true)
public class FundingScores {

	private static final String GIVEN = "select s.seq, s.round_id, s.criterion_id, s.evaluator_id, s.level_value, "
			+ "s.reason, s.scored_at, s.application_id from funding_score s ";

	private final JdbcClient jdbc;

	private final FundingCalls calls;

	private final Criteria criteria;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundingScores(JdbcClient jdbc, FundingCalls calls, Criteria criteria, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.criteria = criteria;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/** The call's criteria with the call's weights, in the organisation's order of criteria. */
	public List<Weighted> criteriaOf(FundingCall call) {
		var weights = new HashMap<UUID, Integer>();
		call.getCriteria().forEach(c -> weights.put(c.criterionId(), c.weight()));
		return criteria.of(call.getOrganisationId()).stream().filter(c -> weights.containsKey(c.getId()))
			.map(c -> new Weighted(c, Objects.requireNonNull(weights.get(c.getId())))).toList();
	}

	public FundingScoreSheet sheet(UUID organisationId, UUID callId, UUID applicationId) {
		var call = calls.get(organisationId, callId);
		calls.application(organisationId, callId, applicationId);
		var given = jdbc.sql(GIVEN + "where s.organisation_id = :org and s.application_id = :application order by s.seq")
			.param("org", organisationId).param("application", applicationId)
			.query((rs, row) -> given(rs).given()).list();
		var names = new HashMap<UUID, String>();
		organisations.peopleOf(organisationId).forEach(p -> names.put(p.id(), p.displayName()));
		return FundingScoreSheet.of(criteriaOf(call), given, names);
	}

	/** Every application's weighted score in the call, read in one query. */
	public Map<UUID, Double> weightedScores(FundingCall call) {
		var byApplication = new LinkedHashMap<UUID, Map<UUID, Map<UUID, Integer>>>();
		jdbc.sql(GIVEN + "join funding_application a on a.id = s.application_id "
				+ "where s.organisation_id = :org and a.call_id = :call order by s.seq")
			.param("org", call.getOrganisationId()).param("call", call.getId())
			.query((rs, row) -> given(rs)).list()
			.forEach(g -> byApplication.computeIfAbsent(g.applicationId, id -> new HashMap<>())
				.computeIfAbsent(g.given.evaluatorId(), id -> new HashMap<>())
				.put(g.given.criterionId(), g.given.level()));
		var weighted = criteriaOf(call);
		var scores = new HashMap<UUID, Double>();
		byApplication.forEach((id, evaluators) -> {
			Double score = FundingScoreSheet.weighted(weighted, FundingScoreSheet.means(weighted, evaluators.values()));
			if (score != null) {
				scores.put(id, score);
			}
		});
		return scores;
	}

	/**
	 * Records the evaluator's levels on every criterion of the call.
	 * @throws IllegalArgumentException when a level is missing or off its criterion's scale
	 * @throws IllegalStateException when the call is a draft or decided
	 */
	@Transactional
	public void score(CurrentUser user, UUID callId, UUID applicationId, Map<UUID, Integer> levels, String reason) {
		var call = calls.get(user.organisationId(), callId);
		calls.application(user.organisationId(), callId, applicationId);
		PrioritisationPermissions.require(PrioritisationPermissions.mayRunFundingCalls(user),
				"only IT management scores applications");
		if (!call.isScorable()) {
			throw new IllegalStateException("the call is not being scored");
		}
		var weighted = criteriaOf(call);
		if (weighted.isEmpty() || weighted.stream().map(Weighted::criterion)
			.anyMatch(c -> !levels.containsKey(c.getId()) || !c.hasLevel(levels.get(c.getId())))) {
			throw new IllegalArgumentException("a level on the scale of every criterion of the call is needed");
		}
		UUID round = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		for (var w : weighted) {
			jdbc.sql("insert into funding_score (organisation_id, application_id, criterion_id, evaluator_id, round_id, "
					+ "level_value, reason, scored_at) values (:org, :application, :criterion, :evaluator, :round, "
					+ ":level, :reason, :at)")
				.param("org", user.organisationId()).param("application", applicationId)
				.param("criterion", w.criterion().getId()).param("evaluator", user.personId()).param("round", round)
				.param("level", levels.get(w.criterion().getId())).param("reason", reason).param("at", now)
				.update();
		}
		events.publishEvent(new FundingApplicationScored(user.organisationId(), applicationId, call.getName() + ": "
				+ weighted.stream().map(w -> w.criterion().getName() + " " + levels.get(w.criterion().getId()))
					.collect(Collectors.joining(", "))));
	}

	private record Read(UUID applicationId, Given given) {
	}

	private static Read given(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Read(rs.getObject("application_id", UUID.class), new Given(rs.getLong("seq"),
				rs.getObject("round_id", UUID.class), rs.getObject("criterion_id", UUID.class),
				rs.getObject("evaluator_id", UUID.class), rs.getInt("level_value"), rs.getString("reason"),
				rs.getTimestamp("scored_at").toInstant()));
	}

}
