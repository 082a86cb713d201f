package fi.ohjaamo.decisions;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.portfolio.ProjectCardDecisions;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's card and its history show each approval, rejection or return a body recorded: the outcome, the body,
 * the date, the section of the minutes and the diary number, linked to the project's decision page; a corrected record
 * only as its correction says.
 */
@Component
@Transactional(readOnly = true)
class DecisionsOnProjectCard implements ProjectCardDecisions {

	private final ProjectDecisionRepository decisions;

	private final SteeringBodies bodies;

	DecisionsOnProjectCard(ProjectDecisionRepository decisions, SteeringBodies bodies) {
		this.decisions = decisions;
		this.bodies = bodies;
	}

	@Override
	public List<CardDecision> decisionsOn(UUID organisationId, UUID projectId) {
		var recorded = decisions.findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(projectId, organisationId);
		if (recorded.isEmpty()) {
			return List.of();
		}
		var names = RuleController.bodyNames(bodies, organisationId);
		// A corrected record is replaced by its correction on the card; the decision page keeps both.
		var corrected = recorded.stream().map(ProjectDecision::getCorrectsId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return recorded.stream()
			.filter(d -> !corrected.contains(d.getId()))
			.map(d -> new CardDecision("decisions.outcome." + d.getOutcome(), null, d.getDecisionText(),
					names.getOrDefault(d.getBodyId(), ""), d.getDecidedOn(), d.getMinutesSection(), d.getDiaryNumber(),
					"/projects/" + projectId + "/decision", d.getCardRevision()))
			.toList();
	}

}
