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
				"", List.of(), "", null);
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
		return toBuilder().costs(newCosts).build();
	}

	public ProjectCard withResources(List<ResourceLine> newResources) {
		return toBuilder().resources(newResources).build();
	}

	/** The same card with another schedule, as when a scenario that moved the project is adopted. */
	public ProjectCard withSchedule(String start, String end, String note) {
		return toBuilder().scheduleStart(start).scheduleEnd(end).scheduleNote(note).build();
	}

	/** The same card in another status, as a recorded decision sets it or an adopted scenario takes it in or out. */
	public ProjectCard withStatus(Status newStatus) {
		return toBuilder().status(newStatus).build();
	}

	/** The same card marked public or internal, as IT management publishes it or the portfolio keeps it. */
	public ProjectCard withVisibility(Visibility newVisibility) {
		return toBuilder().visibility(newVisibility).build();
	}

	/** The same card placed on the worksite, or on none when null. */
	public ProjectCard onWorksite(@Nullable UUID newWorksiteId) {
		return toBuilder().worksiteId(newWorksiteId).build();
	}

	/**
	 * A builder started from this card, to change a few fields by name: a field added to the card is then named only
	 * here, in the builder and where it is read or written, not in every place that makes a card.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Makes or changes a card by naming only the fields that differ, starting from {@link #blank(UUID)} or from an
	 * existing card ({@link #toBuilder()}). Every setter takes what the canonical constructor takes and
	 * {@link #build()} passes it through that constructor, so the same normalising applies.
	 */
	public static final class Builder {

		private String title;

		private String number;

		private @Nullable Category category;

		private @Nullable UUID serviceAreaId;

		private @Nullable UUID unitId;

		private @Nullable Obligation obligation;

		private @Nullable ProjectKind kind;

		private @Nullable Status status;

		private @Nullable Visibility visibility;

		private @Nullable UUID projectManagerId;

		private String description;

		private String impactSummary;

		private ImpactPart impactOrganisation;

		private ImpactPart impactSecurity;

		private ImpactPart impactData;

		private ImpactPart impactCaseManagement;

		private List<UUID> goalIds;

		private boolean noStrategicGoal;

		private String scheduleStart;

		private String scheduleEnd;

		private String scheduleNote;

		private @Nullable Likelihood likelihood;

		private String likelihoodNote;

		private @Nullable Priority priority;

		private @Nullable ScheduleOwner scheduleOwner;

		private List<CostLine> costs;

		private String costNote;

		private List<ResourceLine> resources;

		private String resourceNote;

		private @Nullable UUID worksiteId;

		private Builder(ProjectCard card) {
			title = card.title();
			number = card.number();
			category = card.category();
			serviceAreaId = card.serviceAreaId();
			unitId = card.unitId();
			obligation = card.obligation();
			kind = card.kind();
			status = card.status();
			visibility = card.visibility();
			projectManagerId = card.projectManagerId();
			description = card.description();
			impactSummary = card.impactSummary();
			impactOrganisation = card.impactOrganisation();
			impactSecurity = card.impactSecurity();
			impactData = card.impactData();
			impactCaseManagement = card.impactCaseManagement();
			goalIds = card.goalIds();
			noStrategicGoal = card.noStrategicGoal();
			scheduleStart = card.scheduleStart();
			scheduleEnd = card.scheduleEnd();
			scheduleNote = card.scheduleNote();
			likelihood = card.likelihood();
			likelihoodNote = card.likelihoodNote();
			priority = card.priority();
			scheduleOwner = card.scheduleOwner();
			costs = card.costs();
			costNote = card.costNote();
			resources = card.resources();
			resourceNote = card.resourceNote();
			worksiteId = card.worksiteId();
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder number(String number) {
			this.number = number;
			return this;
		}

		public Builder category(@Nullable Category category) {
			this.category = category;
			return this;
		}

		public Builder serviceAreaId(@Nullable UUID serviceAreaId) {
			this.serviceAreaId = serviceAreaId;
			return this;
		}

		public Builder unitId(@Nullable UUID unitId) {
			this.unitId = unitId;
			return this;
		}

		public Builder obligation(@Nullable Obligation obligation) {
			this.obligation = obligation;
			return this;
		}

		public Builder kind(@Nullable ProjectKind kind) {
			this.kind = kind;
			return this;
		}

		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		public Builder visibility(@Nullable Visibility visibility) {
			this.visibility = visibility;
			return this;
		}

		public Builder projectManagerId(@Nullable UUID projectManagerId) {
			this.projectManagerId = projectManagerId;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder impactSummary(String impactSummary) {
			this.impactSummary = impactSummary;
			return this;
		}

		public Builder impactOrganisation(ImpactPart impactOrganisation) {
			this.impactOrganisation = impactOrganisation;
			return this;
		}

		public Builder impactSecurity(ImpactPart impactSecurity) {
			this.impactSecurity = impactSecurity;
			return this;
		}

		public Builder impactData(ImpactPart impactData) {
			this.impactData = impactData;
			return this;
		}

		public Builder impactCaseManagement(ImpactPart impactCaseManagement) {
			this.impactCaseManagement = impactCaseManagement;
			return this;
		}

		public Builder goalIds(List<UUID> goalIds) {
			this.goalIds = goalIds;
			return this;
		}

		public Builder noStrategicGoal(boolean noStrategicGoal) {
			this.noStrategicGoal = noStrategicGoal;
			return this;
		}

		public Builder scheduleStart(String scheduleStart) {
			this.scheduleStart = scheduleStart;
			return this;
		}

		public Builder scheduleEnd(String scheduleEnd) {
			this.scheduleEnd = scheduleEnd;
			return this;
		}

		public Builder scheduleNote(String scheduleNote) {
			this.scheduleNote = scheduleNote;
			return this;
		}

		public Builder likelihood(@Nullable Likelihood likelihood) {
			this.likelihood = likelihood;
			return this;
		}

		public Builder likelihoodNote(String likelihoodNote) {
			this.likelihoodNote = likelihoodNote;
			return this;
		}

		public Builder priority(@Nullable Priority priority) {
			this.priority = priority;
			return this;
		}

		public Builder scheduleOwner(@Nullable ScheduleOwner scheduleOwner) {
			this.scheduleOwner = scheduleOwner;
			return this;
		}

		public Builder costs(List<CostLine> costs) {
			this.costs = costs;
			return this;
		}

		public Builder costNote(String costNote) {
			this.costNote = costNote;
			return this;
		}

		public Builder resources(List<ResourceLine> resources) {
			this.resources = resources;
			return this;
		}

		public Builder resourceNote(String resourceNote) {
			this.resourceNote = resourceNote;
			return this;
		}

		public Builder worksiteId(@Nullable UUID worksiteId) {
			this.worksiteId = worksiteId;
			return this;
		}

		public ProjectCard build() {
			return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status,
					visibility, projectManagerId, description, impactSummary, impactOrganisation, impactSecurity,
					impactData, impactCaseManagement, goalIds, noStrategicGoal, scheduleStart, scheduleEnd,
					scheduleNote, likelihood, likelihoodNote, priority, scheduleOwner, costs, costNote, resources,
					resourceNote, worksiteId);
		}

	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
