package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person writes on a project card, in the order of the action plan's template, with the rules a card
 * must meet to be saved: Bean Validation here and the rules across fields in {@link ProjectCardRules}. It is the card
 * other modules read. The edit form is a record of its own with the same field names, and each kept version stores
 * it in a {@link CardSnapshot}, so a diff compares exactly what people typed (ADR 0002).
 */
public record ProjectCard(@NotBlank @Size(max = 300) String title, @Size(max = 20) String number,
		@NotNull @Nullable Category category, @NotNull @Nullable UUID serviceAreaId, @Nullable UUID unitId,
		@NotNull @Nullable Obligation obligation, @NotNull @Nullable ProjectKind kind, @NotNull @Nullable Status status,
		@NotNull @Nullable Visibility visibility, @Nullable UUID projectManagerId,
		@Size(max = LONG_TEXT) String description, @Size(max = LONG_TEXT) String impactSummary,
		@Valid ImpactPart impactOrganisation, @Valid ImpactPart impactSecurity, @Valid ImpactPart impactData,
		@Valid ImpactPart impactCaseManagement, List<UUID> goalIds, boolean noStrategicGoal,
		@Size(max = 12) String scheduleStart, @Size(max = 12) String scheduleEnd,
		@Size(max = SHORT_TEXT) String scheduleNote, @NotNull @Nullable Likelihood likelihood,
		@Size(max = SHORT_TEXT) String likelihoodNote, @NotNull @Nullable Priority priority,
		@NotNull @Nullable ScheduleOwner scheduleOwner, @Valid List<CostLine> costs,
		@Size(max = SHORT_TEXT) String costNote, @Valid List<ResourceLine> resources,
		@Size(max = SHORT_TEXT) String resourceNote, @Nullable UUID worksiteId) {

	public static final int LONG_TEXT = 10_000;

	public static final int SHORT_TEXT = 2_000;

	/** A card on no programme's worksite, as most cards are; the worksite is optional and added last. */
	public ProjectCard(String title, String number, @Nullable Category category, @Nullable UUID serviceAreaId,
			@Nullable UUID unitId, @Nullable Obligation obligation, @Nullable ProjectKind kind, @Nullable Status status,
			@Nullable Visibility visibility, @Nullable UUID projectManagerId, String description, String impactSummary,
			ImpactPart impactOrganisation, ImpactPart impactSecurity, ImpactPart impactData,
			ImpactPart impactCaseManagement, List<UUID> goalIds, boolean noStrategicGoal, String scheduleStart,
			String scheduleEnd, String scheduleNote, @Nullable Likelihood likelihood, String likelihoodNote,
			@Nullable Priority priority, @Nullable ScheduleOwner scheduleOwner, List<CostLine> costs, String costNote,
			List<ResourceLine> resources, String resourceNote) {
		this(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility, projectManagerId,
				description, impactSummary, impactOrganisation, impactSecurity, impactData, impactCaseManagement,
				goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood, likelihoodNote,
				priority, scheduleOwner, costs, costNote, resources, resourceNote, null);
	}

	/**
	 * Normalises what any writer gives (the form, an import, the demo): trimmed texts, no null lists or parts. A writer
	 * may pass null for what it left out, so the texts, lists and parts are checked here and never null on a card.
	 */
	public ProjectCard {
		title = clean(title);
		number = clean(number);
		description = clean(description);
		impactSummary = clean(impactSummary);
		impactOrganisation = impactOrganisation == null ? ImpactPart.notAssessed() : impactOrganisation;
		impactSecurity = impactSecurity == null ? ImpactPart.notAssessed() : impactSecurity;
		impactData = impactData == null ? ImpactPart.notAssessed() : impactData;
		impactCaseManagement = impactCaseManagement == null ? ImpactPart.notAssessed() : impactCaseManagement;
		goalIds = goalIds == null ? List.of() : goalIds.stream().filter(Objects::nonNull).distinct().toList();
		if (noStrategicGoal) {
			goalIds = List.of();
		}
		scheduleStart = clean(scheduleStart);
		scheduleEnd = clean(scheduleEnd);
		scheduleNote = clean(scheduleNote);
		likelihoodNote = clean(likelihoodNote);
		costs = costs == null ? List.of() : costs.stream().filter(Objects::nonNull).toList();
		costNote = clean(costNote);
		resources = resources == null ? List.of() : resources.stream().filter(Objects::nonNull).toList();
		resourceNote = clean(resourceNote);
	}

	/** A new card with the template's defaults: a proposal, internal, nothing assessed yet. */
	public static ProjectCard blank(@Nullable UUID serviceAreaId) {
		return new ProjectCard("", "", Category.SERVICE_AREA, serviceAreaId, null, Obligation.SELECTED,
				ProjectKind.DEVELOPMENT, Status.PROPOSAL, Visibility.INTERNAL, null, "", "",
				ImpactPart.notAssessed(), ImpactPart.notAssessed(), ImpactPart.notAssessed(), ImpactPart.notAssessed(),
				List.of(), false, "", "", "", Likelihood.LIKELY, "", Priority.MEDIUM, ScheduleOwner.BOTH, List.of(),
				"", List.of(), "");
	}

	public List<ImpactPart> impacts() {
		return List.of(impactOrganisation, impactSecurity, impactData, impactCaseManagement);
	}

	/** Drops cost and resource lines the person added but left entirely empty. */
	ProjectCard withoutEmptyLines() {
		return withCosts(costs.stream()
			.filter(c -> c.fromYear() != null || c.toYear() != null || c.amountMin() != null || c.amountMax() != null
					|| c.amountUnknown() || !c.note().isEmpty())
			.toList())
			.withResources(resources.stream()
				.filter(r -> r.amountMin() != null || r.amountMax() != null || !r.note().isEmpty())
				.toList());
	}

	public ProjectCard withCosts(List<CostLine> newCosts) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood,
				likelihoodNote, priority, scheduleOwner, newCosts, costNote, resources, resourceNote, worksiteId);
	}

	public ProjectCard withResources(List<ResourceLine> newResources) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood,
				likelihoodNote, priority, scheduleOwner, costs, costNote, newResources, resourceNote, worksiteId);
	}

	/** The same card with another schedule, as when a scenario that moved the project is adopted. */
	public ProjectCard withSchedule(String start, String end, String note) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, start, end, note, likelihood, likelihoodNote, priority,
				scheduleOwner, costs, costNote, resources, resourceNote, worksiteId);
	}

	/** The same card in another status, as a recorded decision sets it or an adopted scenario takes it in or out. */
	public ProjectCard withStatus(Status newStatus) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, newStatus, visibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood,
				likelihoodNote, priority, scheduleOwner, costs, costNote, resources, resourceNote, worksiteId);
	}

	/** The same card marked public or internal, as IT management publishes it or the portfolio keeps it. */
	public ProjectCard withVisibility(Visibility newVisibility) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, newVisibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood,
				likelihoodNote, priority, scheduleOwner, costs, costNote, resources, resourceNote, worksiteId);
	}

	/** The same card placed on the worksite, or on none when null. */
	public ProjectCard onWorksite(@Nullable UUID newWorksiteId) {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility,
				projectManagerId, description, impactSummary, impactOrganisation, impactSecurity, impactData,
				impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood,
				likelihoodNote, priority, scheduleOwner, costs, costNote, resources, resourceNote, newWorksiteId);
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
