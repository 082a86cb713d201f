package fi.ohjaamo.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the project's decision page: the rules as they read the project, the deciding body, what is missing, the
 * facts and analyses, and the forms the person may use. A form sent with errors stays as typed in the model.
 */
@Component
class DecisionPage {

	private final Projects projects;

	private final Approvals approvals;

	private final ProjectFiles files;

	private final SteeringBodies bodies;

	private final Clock clock;

	private final EditMerge merges;

	DecisionPage(Projects projects, Approvals approvals, ProjectFiles files, SteeringBodies bodies, Clock clock,
			EditMerge merges) {
		this.projects = projects;
		this.approvals = approvals;
		this.files = files;
		this.bodies = bodies;
		this.clock = clock;
		this.merges = merges;
	}

	String show(CurrentUser user, UUID projectId, Model model) {
		var project = projects.get(user.organisationId(), projectId);
		var standing = approvals.standing(user, projectId);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("project", project);
		model.addAttribute("standing", standing);
		model.addAttribute("bodyNames", RuleController.bodyNames(bodies, user.organisationId()));
		model.addAttribute("analysesDone", files.analysesOf(user.organisationId(), projectId));
		model.addAttribute("decisions", approvals.decisionsOn(user.organisationId(), projectId));
		model.addAttribute("mayEdit", files.mayEdit(user, project));
		model.addAttribute("mayAssess", DecisionPermissions.mayMarkAssessed(user) && project.getStatus() == Status.PROPOSAL);
		boolean awaitsDecision = project.getStatus() == Status.ASSESSED && standing.body() != null;
		model.addAttribute("mayRecord", standing.mayRecord() && awaitsDecision);
		// Someone outside the body is told why there is no form, rather than left looking for one.
		model.addAttribute("membersOnly", !standing.mayRecord() && awaitsDecision);
		model.addAttribute("outcomes", DecisionOutcome.values());
		if (!model.containsAttribute("factsForm")) {
			// The facts as stored now are what a save of their form is based on, for the merge of a stale one.
			var facts = FactsForm.of(files.factsOf(user.organisationId(), projectId));
			model.addAttribute("factsForm", facts);
			merges.carry(model, facts);
		}
		if (!model.containsAttribute("tcoForm")) {
			model.addAttribute("tcoForm", TcoForm.blank(today));
		}
		if (!model.containsAttribute("riskForm")) {
			model.addAttribute("riskForm", RiskForm.blank(today));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.blank(today));
		}
		return "decisions/decision";
	}

}
