package fi.ohjaamo.portfolio.web;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.EditConflictException;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.web.BoundForms;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating and editing cards. A save that fails validation or meets someone else's newer save shows the
 * form again with everything the person typed, so nothing is lost.
 */
@Controller
class ProjectFormController {

	private final Projects projects;

	private final ProjectChoices choices;

	private final CardReaders readers;

	private final ProjectCardRules rules;

	ProjectFormController(Projects projects, ProjectChoices choices, CardReaders readers, ProjectCardRules rules) {
		this.projects = projects;
		this.choices = choices;
		this.readers = readers;
		this.rules = rules;
	}

	@GetMapping("/projects/new")
	String newCard(CurrentUser user, Model model) {
		if (!user.mayCreateProjects()) {
			throw new AccessDeniedException("may not create projects");
		}
		UUID serviceArea = user.editableServiceAreas().stream().findFirst().orElse(null);
		return form(user, ProjectCard.blank(serviceArea), null, 0, model);
	}

	@PostMapping("/projects")
	String create(CurrentUser user, @ModelAttribute("card") ProjectCard card, BindingResult result,
			@RequestParam(name = "_action", required = false) @Nullable String action, Model model) {
		var formAction = FormAction.of(action);
		if (formAction.changesLines(card)) {
			return form(user, formAction.cardToShow(card), null, 0, model);
		}
		if (!valid(user, card, null, result, model)) {
			return form(user, card, null, 0, model);
		}
		var project = projects.create(user, card);
		return "redirect:/projects/" + project.getId() + "?saved" + proposedNote(card, project);
	}

	@GetMapping("/projects/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		var project = projects.get(user.organisationId(), id);
		requireEditable(user, project);
		return form(user, project.card(), project, project.getRevision(), model);
	}

	@PostMapping("/projects/{id}")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("card") ProjectCard card,
			BindingResult result, @RequestParam int baseRevision,
			@RequestParam(name = "_action", required = false) @Nullable String action, Model model) {
		var project = projects.get(user.organisationId(), id);
		requireEditable(user, project);
		var formAction = FormAction.of(action);
		if (formAction.changesLines(card)) {
			return form(user, formAction.cardToShow(card), project, baseRevision, model);
		}
		if (baseRevision != project.getRevision()) {
			return conflict(user, project, card, baseRevision, model);
		}
		if (!valid(user, card, project.getStatus(), result, model)) {
			return form(user, card, project, baseRevision, model);
		}
		Project saved;
		try {
			saved = projects.revise(user, id, card, baseRevision);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return conflict(user, projects.get(user.organisationId(), id), card, baseRevision, model);
		}
		return "redirect:/projects/" + id + "?saved" + proposedNote(card, saved);
	}

	/** The card page says so when the person's "public" became a proposal: only IT management publishes. */
	private static String proposedNote(ProjectCard asked, Project saved) {
		return asked.visibility() == Visibility.PUBLIC && saved.card().visibility() != Visibility.PUBLIC
				? "&publicationProposed" : "";
	}

	private boolean valid(CurrentUser user, ProjectCard card, @Nullable Status current, BindingResult bound,
			Model model) {
		var result = BoundForms.onTarget(card, bound, model);
		rules.check(user.organisationId(), card, current, result);
		rules.checkStatusChoice(user.organisationId(), card, current, result);
		return !result.hasErrors();
	}

	/** Shows what others saved since the person began, and the person's own input ready to save again. */
	private String conflict(CurrentUser user, Project project, ProjectCard mine, int baseRevision, Model model) {
		var reader = readers.forOrganisation(user.organisationId());
		var base = projects.revision(user.organisationId(), project.getId(), baseRevision);
		var current = project.card();
		model.addAttribute("theirRevisions", projects.history(user.organisationId(), project.getId())
			.stream()
			.filter(r -> r.number() > baseRevision)
			.toList());
		model.addAttribute("theirChanges", readers.diff(reader, base.card(), current));
		model.addAttribute("myChanges", readers.diff(reader, current, mine));
		model.addAttribute("conflict", true);
		return form(user, mine, project, project.getRevision(), model);
	}

	private String form(CurrentUser user, ProjectCard card, @Nullable Project project, int baseRevision, Model model) {
		choices.addTo(model, user.organisationId());
		model.addAttribute("card", card);
		model.addAttribute("project", project);
		model.addAttribute("baseRevision", baseRevision);
		model.addAttribute("mayPublish", projects.mayPublish(user));
		var current = project == null ? null : project.getStatus();
		var reachable = project == null ? java.util.EnumSet.allOf(Status.class) : project.getStatus().reachable();
		model.addAttribute("statuses", reachable.stream()
			.filter(s -> rules.mayChooseOnForm(user.organisationId(), s, current))
			.sorted()
			.toArray(Status[]::new));
		return "portfolio/project-form";
	}

	private void requireEditable(CurrentUser user, Project project) {
		if (!projects.mayEdit(user, project)) {
			throw new AccessDeniedException("may not edit this project");
		}
	}

}
