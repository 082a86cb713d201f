package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the decision rules need to know of a project besides its card: its facts and its recorded analyses. Those
 * who may edit the card state them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectFiles {

	private final ProjectFactsRepository facts;

	private final ProjectAnalysisRepository analyses;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectFiles(ProjectFactsRepository facts, ProjectAnalysisRepository analyses, Projects projects,
			ApplicationEventPublisher events, Clock clock) {
		this.facts = facts;
		this.analyses = analyses;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
	}

	/** The project's facts; a project nobody stated them for has none of them. */
	public ProjectFacts factsOf(UUID organisationId, UUID projectId) {
		projects.get(organisationId, projectId);
		return facts.findByProjectIdAndOrganisationId(projectId, organisationId)
			.orElseGet(() -> new ProjectFacts(organisationId, projectId));
	}

	/** Newest first. */
	public List<ProjectAnalysis> analysesOf(UUID organisationId, UUID projectId) {
		return analyses.findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(projectId, organisationId);
	}

	public boolean mayEdit(CurrentUser user, Project project) {
		return projects.mayEdit(user, project);
	}

	/**
	 * States the project's facts as seen at the given version (null when none were stated yet).
	 * @throws ChangedMeanwhileException when someone stated them meanwhile
	 */
	@Transactional
	public void state(CurrentUser user, UUID projectId, boolean newSystem, boolean personalData, boolean crossSector,
			@Nullable Long seenVersion) {
		var project = editable(user, projectId);
		var current = facts.findByProjectIdAndOrganisationId(projectId, user.organisationId())
			.orElseGet(() -> new ProjectFacts(user.organisationId(), projectId));
		if (!java.util.Objects.equals(current.getVersion(), seenVersion)) {
			throw new ChangedMeanwhileException("the decision rule");
		}
		current.state(newSystem, personalData, crossSector);
		facts.saveAndFlush(current);
		events.publishEvent(new DecisionEvents.FactsStated(user.organisationId(), projectId, project.getTitle()));
	}

	@Transactional
	public ProjectAnalysis recordTco(CurrentUser user, UUID projectId, int years, BigDecimal oneOff,
			BigDecimal recurringPerYear, String summary, String link, LocalDate madeOn) {
		var project = editable(user, projectId);
		var analysis = analyses.save(ProjectAnalysis.tco(user.organisationId(), projectId, years, oneOff,
				recurringPerYear, summary, link, madeOn, user.personId(), user.displayName(), clock.instant()));
		events.publishEvent(new DecisionEvents.AnalysisRecorded(user.organisationId(), projectId, Analysis.TCO,
				project.getTitle()));
		return analysis;
	}

	@Transactional
	public ProjectAnalysis recordRisk(CurrentUser user, UUID projectId, String summary, String link, LocalDate madeOn) {
		var project = editable(user, projectId);
		var analysis = analyses.save(ProjectAnalysis.risk(user.organisationId(), projectId, summary, link, madeOn,
				user.personId(), user.displayName(), clock.instant()));
		events.publishEvent(new DecisionEvents.AnalysisRecorded(user.organisationId(), projectId,
				Analysis.RISK_ASSESSMENT, project.getTitle()));
		return analysis;
	}

	private Project editable(CurrentUser user, UUID projectId) {
		var project = projects.get(user.organisationId(), projectId);
		DecisionPermissions.require(projects.mayEdit(user, project), "may not edit this project");
		return project;
	}

}
