package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.WorksiteView;
import fi.ohjaamo.strategy.Worksites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * Every rule a card must meet to be saved: Bean Validation on {@link ProjectCard} and the rules that span
 * fields or need the organisation's units and goals. The edit form shows their answers next to the fields;
 * {@link Projects} refuses any card that breaks them, whoever saves it.
 */
@Component
public class ProjectCardRules {

	private final SmartValidator validator;

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Worksites worksites;

	private final List<StatusDecisions> statusDecisions;

	ProjectCardRules(SmartValidator validator, Organisations organisations, StrategicGoals goals,
			Worksites worksites, List<StatusDecisions> statusDecisions) {
		this.validator = validator;
		this.organisations = organisations;
		this.goals = goals;
		this.worksites = worksites;
		this.statusDecisions = statusDecisions;
	}

	/** Whether a person editing a card may choose the status, or only a recorded decision may set it. */
	public boolean mayChooseOnForm(UUID organisationId, Status target, @Nullable Status current) {
		return target == current || !StatusDecisions.isDecided(target)
				|| statusDecisions.stream().noneMatch(d -> d.recordsDecisions(organisationId));
	}

	/** Adds an error for each broken rule; {@code current} is the saved status, null for a new card. */
	public void check(UUID organisationId, ProjectCard card, @Nullable Status current, Errors errors) {
		validator.validate(card, errors);
		Set<UUID> goalIds = goals.of(organisationId).stream().map(GoalView::id).collect(Collectors.toSet());
		ProjectCardChecks.check(card, organisations.unitsOf(organisationId), goalIds, current, errors);
		checkWorksite(organisationId, card, errors);
		if (!organisations.hasPerson(organisationId, card.projectManagerId())) {
			errors.rejectValue("projectManagerId", "portfolio.project.projectManagerId.unknown");
		}
	}

	/**
	 * Adds an error when a person's edit would set a status only a recorded decision may set. Kept apart from
	 * {@link #check}, because cards decided through {@link Projects#decide} keep that status in their versions.
	 */
	public void checkStatusChoice(UUID organisationId, ProjectCard card, @Nullable Status current, Errors errors) {
		if (card.status() != null && !errors.hasFieldErrors("status")
				&& !mayChooseOnForm(organisationId, card.status(), current)) {
			errors.rejectValue("status", "portfolio.project.status.decidedByBody");
		}
	}

	/** A worksite of another organisation is refused exactly like one that does not exist. */
	private void checkWorksite(UUID organisationId, ProjectCard card, Errors errors) {
		if (card.worksiteId() != null && !errors.hasFieldErrors("worksiteId") && worksites.of(organisationId)
			.stream()
			.map(WorksiteView::id)
			.noneMatch(card.worksiteId()::equals)) {
			errors.rejectValue("worksiteId", "portfolio.project.worksiteId.unknown");
		}
	}

	/** The broken rules as "field code" lines, empty when the card may be saved. */
	public List<String> problems(UUID organisationId, ProjectCard card, @Nullable Status current) {
		var errors = new BeanPropertyBindingResult(card, "card");
		check(organisationId, card, current, errors);
		return errors.getAllErrors()
			.stream()
			.map(e -> (e instanceof org.springframework.validation.FieldError f ? f.getField() + " " : "") + e.getCode())
			.toList();
	}

}
