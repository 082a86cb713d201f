package fi.ohjaamo.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.ohjaamo.shared.SchedulePoint;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * A development project on the municipal project card. Its small line collections load with it,
 * because a card is always read whole. Its content changes
 * only through {@link #revise}, which numbers each change so that every version can be kept and compared.
 */
@Entity
@Table(name = "project")
public class Project {

	@Id
	private UUID id;

	private UUID organisationId;

	private String title = "";

	@Column(name = "project_number")
	private String number = "";

	/** The number with its digit runs zero-padded, so that 4.2 sorts before 4.10 on every database. */
	private String numberSortKey = "";

	@Enumerated(EnumType.STRING)
	private Category category = Category.SERVICE_AREA;

	private @Nullable UUID serviceAreaId;

	private @Nullable UUID unitId;

	@Enumerated(EnumType.STRING)
	private Obligation obligation = Obligation.SELECTED;

	@Enumerated(EnumType.STRING)
	private ProjectKind kind = ProjectKind.DEVELOPMENT;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PROPOSAL;

	@Enumerated(EnumType.STRING)
	private Visibility visibility = Visibility.INTERNAL;

	private @Nullable UUID projectManagerId;

	private String description = "";

	private String impactSummary = "";

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "impact_organisation_state"))
	@AttributeOverride(name = "text", column = @Column(name = "impact_organisation_text"))
	private ImpactPart impactOrganisation = ImpactPart.notAssessed();

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "impact_security_state"))
	@AttributeOverride(name = "text", column = @Column(name = "impact_security_text"))
	private ImpactPart impactSecurity = ImpactPart.notAssessed();

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "impact_data_state"))
	@AttributeOverride(name = "text", column = @Column(name = "impact_data_text"))
	private ImpactPart impactData = ImpactPart.notAssessed();

	@Embedded
	@AttributeOverride(name = "state", column = @Column(name = "impact_case_state"))
	@AttributeOverride(name = "text", column = @Column(name = "impact_case_text"))
	private ImpactPart impactCaseManagement = ImpactPart.notAssessed();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "project_goal", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "goal_id")
	@OrderColumn(name = "line_no")
	private List<UUID> goalIds = new ArrayList<>();

	private boolean noStrategicGoal;

	private String scheduleStart = "";

	private String scheduleEnd = "";

	/** Months since year zero of the schedule's first month, for filtering and sorting across precisions. */
	private @Nullable Integer startMonthIndex;

	private @Nullable Integer endMonthIndex;

	private String scheduleNote = "";

	@Enumerated(EnumType.STRING)
	private Likelihood likelihood = Likelihood.LIKELY;

	private String likelihoodNote = "";

	@Enumerated(EnumType.STRING)
	private Priority priority = Priority.MEDIUM;

	@Enumerated(EnumType.STRING)
	private ScheduleOwner scheduleOwner = ScheduleOwner.BOTH;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "project_cost", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "line_no")
	private List<CostLine> costs = new ArrayList<>();

	private String costNote = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "project_resource", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "line_no")
	private List<ResourceLine> resources = new ArrayList<>();

	private String resourceNote = "";

	/** The programme worksite the project sits on, if any; a strategy-module id, so no foreign key. */
	private @Nullable UUID worksiteId;

	/** Lower-cased titles and texts, for the portfolio's free-text search on every database. */
	private String searchText = "";

	private int revision;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Project() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	static Project create(UUID organisationId, ProjectCard card, Instant now) {
		var project = new Project();
		project.organisationId = organisationId;
		project.createdAt = now;
		project.apply(card, now);
		return project;
	}

	/**
	 * Replaces the card's content with a person's edit of the given revision.
	 * @throws EditConflictException when someone else saved a newer revision meanwhile
	 */
	void revise(ProjectCard card, int basedOnRevision, Instant now) {
		if (basedOnRevision != revision) {
			throw new EditConflictException(basedOnRevision, revision);
		}
		if (!status.canMoveTo(required(card.status()))) {
			throw new IllegalStateException("status " + status + " cannot move to " + card.status());
		}
		apply(card, now);
	}

	private void apply(ProjectCard card, Instant now) {
		title = card.title();
		number = card.number();
		numberSortKey = sortKeyOf(number);
		category = required(card.category());
		serviceAreaId = card.serviceAreaId();
		unitId = card.unitId();
		obligation = required(card.obligation());
		kind = required(card.kind());
		status = required(card.status());
		visibility = required(card.visibility());
		projectManagerId = card.projectManagerId();
		description = card.description();
		impactSummary = card.impactSummary();
		impactOrganisation = card.impactOrganisation();
		impactSecurity = card.impactSecurity();
		impactData = card.impactData();
		impactCaseManagement = card.impactCaseManagement();
		goalIds = new ArrayList<>(card.goalIds());
		noStrategicGoal = card.noStrategicGoal();
		scheduleStart = card.scheduleStart();
		scheduleEnd = card.scheduleEnd();
		startMonthIndex = SchedulePoint.parse(scheduleStart).map(SchedulePoint::startIndex).orElse(null);
		endMonthIndex = SchedulePoint.parse(scheduleEnd).map(SchedulePoint::endIndex).orElse(null);
		scheduleNote = card.scheduleNote();
		likelihood = required(card.likelihood());
		likelihoodNote = card.likelihoodNote();
		priority = required(card.priority());
		scheduleOwner = required(card.scheduleOwner());
		costs = new ArrayList<>(card.costs());
		costNote = card.costNote();
		resources = new ArrayList<>(card.resources());
		resourceNote = card.resourceNote();
		worksiteId = card.worksiteId();
		searchText = searchTextOf(card);
		revision++;
		updatedAt = now;
	}

	/** A card is saved only once validated, and validation requires the card's choices (@NotNull). */
	private static <T> T required(@Nullable T choice) {
		return Objects.requireNonNull(choice, "a saved card is validated: its choices are made");
	}

	public ProjectCard card() {
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
			.goalIds(List.copyOf(goalIds))
			.noStrategicGoal(noStrategicGoal)
			.scheduleStart(scheduleStart)
			.scheduleEnd(scheduleEnd)
			.scheduleNote(scheduleNote)
			.likelihood(likelihood)
			.likelihoodNote(likelihoodNote)
			.priority(priority)
			.scheduleOwner(scheduleOwner)
			.costs(List.copyOf(costs))
			.costNote(costNote)
			.resources(List.copyOf(resources))
			.resourceNote(resourceNote)
			.worksiteId(worksiteId)
			.build();
	}

	static String sortKeyOf(String number) {
		var key = new StringBuilder();
		var digits = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(number.toLowerCase(Locale.ROOT));
		while (digits.find()) {
			String part = digits.group();
			key.append(Character.isDigit(part.charAt(0)) ? "0".repeat(Math.max(0, 6 - part.length())) + part : part);
		}
		return key.length() > 100 ? key.substring(0, 100) : key.toString();
	}

	private static String searchTextOf(ProjectCard card) {
		Set<String> parts = new LinkedHashSet<>(List.of(card.number(), card.title(), card.description(),
				card.impactSummary(), card.scheduleNote(), card.likelihoodNote(), card.costNote(),
				card.resourceNote()));
		card.impacts().forEach(part -> parts.add(part.text()));
		Stream.concat(card.costs().stream().map(CostLine::note), card.resources().stream().map(ResourceLine::note))
			.forEach(parts::add);
		return parts.stream()
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining("\n"))
			.toLowerCase(Locale.ROOT);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getTitle() {
		return title;
	}

	public Status getStatus() {
		return status;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public @Nullable UUID getServiceAreaId() {
		return serviceAreaId;
	}

	public @Nullable UUID getProjectManagerId() {
		return projectManagerId;
	}

	public int getRevision() {
		return revision;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<CostLine> getCosts() {
		return List.copyOf(costs);
	}

}
