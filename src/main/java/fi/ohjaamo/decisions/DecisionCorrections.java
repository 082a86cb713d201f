package fi.ohjaamo.decisions;

import java.time.Clock;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a recorded decision (a wrong date, section or diary number, a mistyped text): a new record with the
 * reason, written by a member of the body that decided; the corrected record stays and is shown as corrected. The
 * card's status does not move, since the decision itself stands.
 */
@Service
@Transactional(readOnly = true)
public class DecisionCorrections {

	private final ProjectDecisionRepository decisions;

	private final SteeringBodies bodies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionCorrections(ProjectDecisionRepository decisions, SteeringBodies bodies, ApplicationEventPublisher events,
			Clock clock) {
		this.decisions = decisions;
		this.bodies = bodies;
		this.events = events;
		this.clock = clock;
	}

	/** A decision on the project; one of another project or organisation is as unknown as one never recorded. */
	public ProjectDecision get(UUID organisationId, UUID projectId, UUID decisionId) {
		return decisions.findByIdAndOrganisationIdAndProjectId(decisionId, organisationId, projectId)
			.orElseThrow(NotFoundException::new);
	}

	/** Whether the person is a member of the body whose decision this is, and so may correct its record. */
	public boolean mayCorrect(CurrentUser user, ProjectDecision decision) {
		return DecisionPermissions.mayDecideFor(user, bodies.get(user.organisationId(), decision.getBodyId()));
	}

	/**
	 * @throws AccessDeniedException when the person is not a member of the body that decided
	 * @throws IllegalStateException when the decision has already been corrected (the latest record is corrected)
	 */
	@Transactional
	public ProjectDecision correct(CurrentUser user, UUID projectId, UUID decisionId, DecisionRecord record,
			String reason) {
		var decision = get(user.organisationId(), projectId, decisionId);
		DecisionPermissions.require(mayCorrect(user, decision), "only members of the body that decided correct its record");
		if (isCorrected(user.organisationId(), decision)) {
			throw new IllegalStateException("the decision has been corrected already; correct the correction");
		}
		var correction = decisions.save(decision.correction(record, reason, user.personId(), user.displayName(),
				clock.instant()));
		var body = bodies.get(user.organisationId(), decision.getBodyId());
		events.publishEvent(new DecisionEvents.DecisionCorrected(user.organisationId(), projectId, body.getName(),
				record.minutesSection(), reason));
		return correction;
	}

	public boolean isCorrected(UUID organisationId, ProjectDecision decision) {
		return decisions.findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(decision.getProjectId(), organisationId)
			.stream()
			.anyMatch(d -> decision.getId().equals(d.getCorrectsId()));
	}

}
