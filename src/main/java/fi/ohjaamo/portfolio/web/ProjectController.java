package fi.ohjaamo.portfolio.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PlanNumbers;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCardDecisions;
import fi.ohjaamo.portfolio.ProjectCardDecisions.CardDecision;
import fi.ohjaamo.portfolio.ProjectCardSections;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.PublicationProposals;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading a card: the card itself, its printable form, its history and the difference between two versions. */
@Controller
@RequestMapping("/projects/{id}")
class ProjectController {

	private final Projects projects;

	private final CardReaders readers;

	private final ObjectProvider<ProjectCardSections> sections;

	private final ObjectProvider<ProjectCardDecisions> decisions;

	private final ObjectProvider<PlanNumbers> planNumbers;

	private final PublicationProposals proposals;

	ProjectController(Projects projects, CardReaders readers, ObjectProvider<ProjectCardSections> sections,
			ObjectProvider<ProjectCardDecisions> decisions, ObjectProvider<PlanNumbers> planNumbers,
			PublicationProposals proposals) {
		this.proposals = proposals;
		this.projects = projects;
		this.readers = readers;
		this.sections = sections;
		this.decisions = decisions;
		this.planNumbers = planNumbers;
	}

	@GetMapping
	String view(CurrentUser user, @PathVariable UUID id, Model model) {
		addCard(user, id, model);
		model.addAttribute("sections", sections.orderedStream()
			.flatMap(s -> s.sectionsOf(user.organisationId(), id).stream())
			.toList());
		model.addAttribute("decisions", decisionsOn(user, id));
		model.addAttribute("proposal", proposals.of(user.organisationId(), id).orElse(null));
		model.addAttribute("mayPublish", projects.mayPublish(user));
		return "portfolio/project";
	}

	@GetMapping("/print")
	String print(CurrentUser user, @PathVariable UUID id, Model model) {
		var project = addCard(user, id, model);
		projects.exported(user.organisationId(), "print", "project " + project.getId(), 1);
		return "portfolio/project-print";
	}

	@GetMapping("/history")
	String history(CurrentUser user, @PathVariable UUID id, Model model) {
		var project = projects.get(user.organisationId(), id);
		var reader = readers.forOrganisation(user.organisationId());
		model.addAttribute("project", project);
		model.addAttribute("history", readers.history(reader, projects.history(user.organisationId(), id)));
		model.addAttribute("decisions", decisionsOn(user, id));
		return "portfolio/project-history";
	}

	/** The decisions other modules recorded on the project, the latest first. */
	private List<CardDecision> decisionsOn(CurrentUser user, UUID id) {
		return decisions.orderedStream()
			.flatMap(d -> d.decisionsOn(user.organisationId(), id).stream())
			.sorted(Comparator.comparing(CardDecision::decidedOn).reversed())
			.toList();
	}

	@GetMapping("/diff")
	String diff(CurrentUser user, @PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
		var project = projects.get(user.organisationId(), id);
		if (from == to) {
			throw new NotFoundException();
		}
		var older = projects.revision(user.organisationId(), id, Math.min(from, to));
		var newer = projects.revision(user.organisationId(), id, Math.max(from, to));
		var reader = readers.forOrganisation(user.organisationId());
		model.addAttribute("project", project);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("changes", readers.diff(reader, older.card(), newer.card()));
		return "portfolio/project-diff";
	}

	private Project addCard(CurrentUser user, UUID id, Model model) {
		var project = projects.get(user.organisationId(), id);
		var reader = readers.forOrganisation(user.organisationId());
		var card = project.card();
		model.addAttribute("project", project);
		model.addAttribute("card", card);
		model.addAttribute("reader", reader);
		model.addAttribute("units", reader.units());
		model.addAttribute("goals", reader.goals());
		model.addAttribute("mayEdit", projects.mayEdit(user, project));
		model.addAttribute("latest", projects.latest(user.organisationId(), id));
		// The number the plan gives the card, so that the card, the plan and its document read the same number.
		var numbers = planNumbers.getIfAvailable();
		model.addAttribute("planNumber", numbers == null ? null
				: numbers.of(user.organisationId(), id, LocaleContextHolder.getLocale()).orElse(null));
		return project;
	}

}
