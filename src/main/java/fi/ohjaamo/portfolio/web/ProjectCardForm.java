package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The card form as the browser sends it. Its fields are named as the card's ({@link ProjectCard}), so the card's
 * rules, checked on {@link #card()}, answer next to the form's fields, and a stale save is merged field by field on
 * the form. What only the form needs lives here: any field may be missing, and the cost and resource lines are lists
 * of the form's own that the add and remove buttons change by index. Binding passes null for a field left out; the
 * texts, parts and lists are made non-null here, so they are declared so.
 */
record ProjectCardForm(String title, String number, @Nullable Category category,
		@Nullable UUID serviceAreaId, @Nullable UUID unitId, @Nullable Obligation obligation,
		@Nullable ProjectKind kind, @Nullable Status status, @Nullable Visibility visibility,
		@Nullable UUID projectManagerId, String description, String impactSummary,
		ImpactPart impactOrganisation, ImpactPart impactSecurity, ImpactPart impactData,
		ImpactPart impactCaseManagement, List<UUID> goalIds, boolean noStrategicGoal,
		String scheduleStart, String scheduleEnd, String scheduleNote,
		@Nullable Likelihood likelihood, String likelihoodNote, @Nullable Priority priority,
		@Nullable ScheduleOwner scheduleOwner, List<CostLine> costs, String costNote,
		List<ResourceLine> resources, String resourceNote, @Nullable UUID worksiteId) {

	/**
	 * Reads what was sent as the card will: texts trimmed, no missing lists or parts, no goals when there is no
	 * strategic goal. A field the person left as it was then equals the version the form came from, so a merge
	 * takes the other person's change to it.
	 */
	ProjectCardForm {
		title = text(title);
		number = text(number);
		description = text(description);
		impactSummary = text(impactSummary);
		impactOrganisation = part(impactOrganisation);
		impactSecurity = part(impactSecurity);
		impactData = part(impactData);
		impactCaseManagement = part(impactCaseManagement);
		goalIds = goalIds == null || noStrategicGoal ? List.of()
				: goalIds.stream().filter(Objects::nonNull).distinct().toList();
		scheduleStart = text(scheduleStart);
		scheduleEnd = text(scheduleEnd);
		scheduleNote = text(scheduleNote);
		likelihoodNote = text(likelihoodNote);
		costs = lines(costs);
		costNote = text(costNote);
		resources = lines(resources);
		resourceNote = text(resourceNote);
	}

	static ProjectCardForm of(ProjectCard c) {
		return new ProjectCardForm(c.title(), c.number(), c.category(), c.serviceAreaId(), c.unitId(), c.obligation(),
				c.kind(), c.status(), c.visibility(), c.projectManagerId(), c.description(), c.impactSummary(),
				c.impactOrganisation(), c.impactSecurity(), c.impactData(), c.impactCaseManagement(), c.goalIds(),
				c.noStrategicGoal(), c.scheduleStart(), c.scheduleEnd(), c.scheduleNote(), c.likelihood(),
				c.likelihoodNote(), c.priority(), c.scheduleOwner(), c.costs(), c.costNote(), c.resources(),
				c.resourceNote(), c.worksiteId());
	}

	/** The card the form describes, to check against the card's rules and to save. */
	ProjectCard card() {
		return ProjectCard.blank(serviceAreaId)
			.toBuilder()
			.title(title)
			.number(number)
			.category(category)
			.unitId(unitId)
			.obligation(obligation)
			.kind(kind)
			.status(status)
			.visibility(visibility)
			.projectManagerId(projectManagerId)
			.description(description)
			.impactSummary(impactSummary)
			.impactOrganisation(impactOrganisation)
			.impactSecurity(impactSecurity)
			.impactData(impactData)
			.impactCaseManagement(impactCaseManagement)
			.goalIds(goalIds)
			.noStrategicGoal(noStrategicGoal)
			.scheduleStart(scheduleStart)
			.scheduleEnd(scheduleEnd)
			.scheduleNote(scheduleNote)
			.likelihood(likelihood)
			.likelihoodNote(likelihoodNote)
			.priority(priority)
			.scheduleOwner(scheduleOwner)
			.costs(costs)
			.costNote(costNote)
			.resources(resources)
			.resourceNote(resourceNote)
			.worksiteId(worksiteId)
			.build();
	}

	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

	private static ImpactPart part(@Nullable ImpactPart part) {
		return part == null ? ImpactPart.notAssessed() : part;
	}

	private static <T> List<T> lines(@Nullable List<T> lines) {
		return lines == null ? new ArrayList<>() : new ArrayList<>(lines.stream().filter(Objects::nonNull).toList());
	}

}
