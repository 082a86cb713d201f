package fi.ohjaamo.portfolio.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.Revision;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.web.BoundForms;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.web.EditMerge;
import fi.ohjaamo.shared.web.FieldReading;
import fi.ohjaamo.shared.web.MergeInput;
import fi.ohjaamo.strategy.GoalView;
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

	private final EditMerge merges;

	ProjectFormController(Projects projects, ProjectChoices choices, CardReaders readers, ProjectCardRules rules,
			EditMerge merges) {
		this.projects = projects;
		this.choices = choices;
		this.readers = readers;
		this.rules = rules;
		this.merges = merges;
	}

	@GetMapping("/projects/new")
	String newCard(CurrentUser user, Model model) {
		projects.requireCreator(user);
		UUID serviceArea = user.editableServiceAreas().stream().findFirst().orElse(null);
		return form(user, ProjectCardForm.of(ProjectCard.blank(serviceArea)), null, 0, model);
	}

	@PostMapping("/projects")
	String create(CurrentUser user, @ModelAttribute("card") ProjectCardForm form, BindingResult result,
			@RequestParam(name = "_action", required = false) @Nullable String action, Model model) {
		// Refused before the form is checked, so that a reader is not told what to correct on a card they may not make.
		projects.requireCreator(user);
		var formAction = FormAction.of(action);
		if (formAction.changesLines(form)) {
			return form(user, formAction.formToShow(form), null, 0, model);
		}
		if (!valid(user, form, null, result, model)) {
			return form(user, form, null, 0, model);
		}
		var card = form.card();
		var project = projects.create(user, card);
		return "redirect:/projects/" + project.getId() + "?saved" + proposedNote(card, project);
	}

	@GetMapping("/projects/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		var project = projects.get(user.organisationId(), id);
		requireEditable(user, project);
		return form(user, ProjectCardForm.of(project.card()), project, project.getRevision(), model);
	}

	@PostMapping("/projects/{id}")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("card") ProjectCardForm posted,
			BindingResult result, @RequestParam int baseRevision,
			@RequestParam(name = "_action", required = false) @Nullable String action, MergeInput merge,
			Model model) {
		var project = projects.get(user.organisationId(), id);
		requireEditable(user, project);
		var baseCard = baseCard(user, project, baseRevision);
		var base = baseCard == null ? null : ProjectCardForm.of(baseCard);
		var reading = reading(readers.forOrganisation(user.organisationId()));
		var form = merges.chosen(merge, posted, base);
		var formAction = FormAction.of(action);
		if (formAction.changesLines(form)) {
			var shown = formAction.formToShow(form);
			merges.keepAsking(merge, "card", shown, base, reading, model);
			return form(user, shown, project, baseRevision, model);
		}
		if (merges.askIfUnchosen(merge, "card", form, base, reading, model)) {
			return form(user, form, project, baseRevision, model);
		}
		if (baseRevision != project.getRevision()) {
			return conflict(user, project, form, baseRevision, model);
		}
		if (!valid(user, form, project.getStatus(), merges.rebound(merge, form, result, model), model)) {
			merges.keepAsking(merge, "card", form, base, reading, model);
			return form(user, form, project, baseRevision, model);
		}
		var card = form.card();
		Project saved;
		try {
			saved = projects.revise(user, id, card, baseRevision);
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return conflict(user, projects.get(user.organisationId(), id), form, baseRevision, model);
		}
		return "redirect:/projects/" + id + "?saved" + proposedNote(card, saved);
	}

	/** The card page says so when the person's "public" became a proposal: only IT management publishes. */
	private static String proposedNote(ProjectCard asked, Project saved) {
		return asked.visibility() == Visibility.PUBLIC && saved.card().visibility() != Visibility.PUBLIC
				? "&publicationProposed" : "";
	}

	/** Checks the card's rules on the card the form describes; the answers sit on the form's fields of that name. */
	private boolean valid(CurrentUser user, ProjectCardForm form, @Nullable Status current, BindingResult bound,
			Model model) {
		var result = BoundForms.onTarget(form, bound, model);
		var card = form.card();
		rules.check(user.organisationId(), card, current, result);
		rules.checkStatusChoice(user.organisationId(), card, current, result);
		return !result.hasErrors();
	}

	/**
	 * Shows what others saved since the person began, merged three ways with the person's own input: what only
	 * they changed is taken, what only the person changed is kept, and what both changed waits for a choice.
	 */
	private String conflict(CurrentUser user, Project project, ProjectCardForm mine, int baseRevision, Model model) {
		var reader = readers.forOrganisation(user.organisationId());
		var base = baseCard(user, project, baseRevision);
		var current = project.card();
		var theirRevisions = projects.history(user.organisationId(), project.getId())
			.stream()
			.filter(r -> r.number() > baseRevision)
			.toList();
		String savedBy = theirRevisions.stream().map(Revision::authorName).distinct().collect(Collectors.joining(", "));
		model.addAttribute("theirRevisions", theirRevisions);
		model.addAttribute("theirChanges", base == null ? List.of() : readers.diff(reader, base, current));
		model.addAttribute("myChanges", readers.diff(reader, current, mine.card()));
		model.addAttribute("conflict", true);
		var merged = merges.merge(model, "card", base == null ? null : ProjectCardForm.of(base), mine,
				ProjectCardForm.of(current), savedBy.isEmpty() ? null : savedBy, reading(reader));
		return form(user, merged, project, project.getRevision(), model);
	}

	/** The version the person began from, kept by the server; null for a revision the card never had. */
	private @Nullable ProjectCard baseCard(CurrentUser user, Project project, int baseRevision) {
		if (baseRevision < 1 || baseRevision > project.getRevision()) {
			return null;
		}
		return projects.revision(user.organisationId(), project.getId(), baseRevision).card();
	}

	/** Names the card's fields as the card does and reads ids, choices and lines as the card shows them. */
	private static FieldReading reading(CardReader reader) {
		return FieldReading.labelled("portfolio.project.").values((field, value) -> switch (value) {
			case Enum<?> choice -> reader.label(choice);
			case ImpactPart part -> reader.impact(part);
			case CostLine line -> reader.cost(line);
			case ResourceLine line -> reader.resource(line);
			case UUID ref -> switch (field) {
				case "projectManagerId" -> reader.personName(ref);
				case "worksiteId" -> reader.worksiteName(ref);
				case "goalIds" -> reader.goals().stream()
					.filter(g -> g.id().equals(ref))
					.map(GoalView::name)
					.findFirst()
					.orElse("?");
				default -> reader.units().nameOf(ref);
			};
			case null, default -> null;
		});
	}

	private String form(CurrentUser user, ProjectCardForm form, @Nullable Project project, int baseRevision,
			Model model) {
		choices.addTo(model, user.organisationId());
		model.addAttribute("card", form);
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
