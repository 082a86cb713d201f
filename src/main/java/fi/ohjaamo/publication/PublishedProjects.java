package fi.ohjaamo.publication;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.portfolio.NotPublishedReason;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects an organisation publishes: cards marked public, except ideas, which nobody has committed to yet
 * (ADR 0013, the rule in {@link NotPublishedReason}). Everything here is read-only; an unknown slug is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class PublishedProjects {

	private final PublicationSites sites;

	private final Projects projects;

	private final Organisations organisations;

	private final StrategicGoals goals;

	PublishedProjects(PublicationSites sites, Projects projects, Organisations organisations, StrategicGoals goals) {
		this.sites = sites;
		this.projects = projects;
		this.organisations = organisations;
		this.goals = goals;
	}

	/** The organisations that have an address, by name, for the public front page. */
	public List<PublicOrganisation> organisations() {
		return sites.all()
			.stream()
			.map(site -> organisations.find(site.getOrganisationId())
				.map(o -> new PublicOrganisation(site.getSlug(), o.getName())))
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(PublicOrganisation::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public PublicPortfolio portfolio(String slug, PublicFilter filter) {
		UUID organisationId = sites.organisationOf(slug).orElseThrow(NotFoundException::new);
		var units = organisations.unitsOf(organisationId);
		var goalNames = goals.of(organisationId).stream().collect(Collectors.toMap(GoalView::id, GoalView::name));
		var all = projects.markedPublic(organisationId)
			.stream()
			.filter(p -> NotPublishedReason.publishes(p.card()))
			.sorted(Comparator.comparing((Project p) -> NumberOrder.keyOf(p.card().number()))
				.thenComparing(Project::getTitle))
			.toList();
		var shown = all.stream()
			.map(p -> Map.entry(p, toPublic(p, units, goalNames)))
			.filter(e -> filter.accepts(e.getValue(), e.getKey().getServiceAreaId()))
			.map(Map.Entry::getValue)
			.toList();
		String name = organisations.find(organisationId).map(o -> o.getName()).orElse("");
		return new PublicPortfolio(slug, name, units.serviceAreas(), shown, all.size());
	}

	public PublicProject project(String slug, UUID projectId) {
		return portfolio(slug, PublicFilter.none()).projects()
			.stream()
			.filter(p -> p.id().equals(projectId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private static PublicProject toPublic(Project project, UnitTree units, Map<UUID, String> goalNames) {
		return toPublic(project.getId(), project.card(), project.getUpdatedAt(), units, goalNames);
	}

	/** Only saved cards are published, and a card is saved once validated: its choices are made. */
	private static <T> T saved(@Nullable T choice) {
		return Objects.requireNonNull(choice, "a saved card is validated");
	}

	/** The one place where a card is reduced to the fields ADR 0013 publishes; published plans use it too. */
	static PublicProject toPublic(UUID projectId, ProjectCard card, Instant updatedAt, UnitTree units,
			Map<UUID, String> goalNames) {
		var names = units.byId();
		Function<@Nullable UUID, String> nameOf = id -> id == null || !names.containsKey(id) ? ""
				: names.get(id).name();
		return new PublicProject(projectId, card.number(), card.title(), saved(card.category()),
				nameOf.apply(card.serviceAreaId()), nameOf.apply(card.unitId()), saved(card.kind()),
				saved(card.status()),
				card.description(), card.impactSummary(), card.scheduleStart(), card.scheduleEnd(),
				card.goalIds().stream().filter(goalNames::containsKey).map(goalNames::get).toList(),
				card.costs().stream().map(PublicCost::of).toList(), updatedAt);
	}

	/** An organisation that publishes, by its public address. */
	public record PublicOrganisation(String slug, String name) {
	}

	/** One organisation's published projects as filtered, with how many it publishes in all. */
	public record PublicPortfolio(String slug, String organisationName, List<UnitView> serviceAreas,
			List<PublicProject> projects, int publishedCount) {

		public java.time.Instant lastModified() {
			return projects.stream().map(PublicProject::updatedAt).max(Comparator.naturalOrder())
				.orElse(java.time.Instant.EPOCH);
		}

	}

}
