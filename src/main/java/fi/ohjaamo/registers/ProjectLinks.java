package fi.ohjaamo.registers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which projects of the portfolio change which systems of the register, and how. Linking and unlinking as the
 * signed-in person asks {@link RegisterAccess} first; linking by organisation id is for starting data that no person
 * asked for, such as the demo's.
 */
@Service
@Transactional(readOnly = true)
public class ProjectLinks {

	private final SystemProjectRepository links;

	private final InformationSystems systems;

	private final Projects projects;

	private final ProjectSummaries summaries;

	private final ApplicationEventPublisher events;

	ProjectLinks(SystemProjectRepository links, InformationSystems systems, Projects projects,
			ProjectSummaries summaries, ApplicationEventPublisher events) {
		this.links = links;
		this.systems = systems;
		this.projects = projects;
		this.summaries = summaries;
		this.events = events;
	}

	/**
	 * Links the project to the system as the person keeping the register.
	 * @throws ProjectAlreadyLinkedException when it is linked with another relation
	 */
	@Transactional
	public void link(CurrentUser user, UUID systemId, UUID projectId, Relation relation) {
		RegisterAccess.requireKeeper(user);
		link(user.organisationId(), systemId, projectId, relation);
	}

	/**
	 * Links the project to the system without a person asking: starting data, such as the demo's. Linking it again
	 * with the same relation changes nothing.
	 * @throws ProjectAlreadyLinkedException when it is linked with another relation, which two people choosing
	 * differently at once must not overwrite silently
	 */
	@Transactional
	public void link(UUID organisationId, UUID systemId, UUID projectId, Relation relation) {
		var system = systems.get(organisationId, systemId);
		var project = projects.get(organisationId, projectId);
		var existing = links.findByOrganisationIdAndSystemIdAndProjectId(organisationId, systemId, projectId);
		if (existing.isPresent()) {
			if (existing.get().getRelation() != relation) {
				throw new ProjectAlreadyLinkedException(existing.get().getRelation());
			}
			return;
		}
		links.save(new SystemProject(organisationId, systemId, projectId, relation));
		events.publishEvent(new RegisterEvents.SystemWritten(organisationId, systemId, "registers.project-linked",
				system.getName() + " – " + project.getTitle() + " (" + relation + ")"));
	}

	@Transactional
	public void unlink(CurrentUser user, UUID systemId, UUID projectId) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var system = systems.get(organisationId, systemId);
		links.findByOrganisationIdAndSystemIdAndProjectId(organisationId, systemId, projectId).ifPresent(l -> {
			links.delete(l);
			events.publishEvent(new RegisterEvents.SystemWritten(organisationId, systemId,
					"registers.project-unlinked", system.getName()));
		});
	}

	public List<LinkedProject> ofSystem(UUID organisationId, UUID systemId) {
		var linked = links.findByOrganisationIdAndSystemId(organisationId, systemId);
		var byId = summaries.byId(organisationId, linked.stream().map(SystemProject::getProjectId).toList());
		return linked.stream()
			.filter(l -> byId.containsKey(l.getProjectId()))
			.map(l -> {
				var p = Objects.requireNonNull(byId.get(l.getProjectId()), "filtered to the known projects");
				return new LinkedProject(p.id(), p.number(), p.title(), p.status().name(), l.getRelation());
			})
			.sorted(Comparator.comparing(LinkedProject::number))
			.toList();
	}

	public List<LinkedSystem> ofProject(UUID organisationId, UUID projectId) {
		Map<UUID, String> names = systems.of(organisationId).stream()
			.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName));
		return links.findByOrganisationIdAndProjectId(organisationId, projectId).stream()
			.map(l -> new LinkedSystem(l.getSystemId(), names.getOrDefault(l.getSystemId(), "?"), l.getRelation()))
			.sorted(Comparator.comparing(LinkedSystem::name))
			.toList();
	}

	/** The systems some project replaces, upgrades or retires: their end of support is being addressed. */
	public Set<UUID> addressed(UUID organisationId) {
		return links.findByOrganisationId(organisationId).stream()
			.filter(l -> l.getRelation().addressesEndOfSupport())
			.map(SystemProject::getSystemId)
			.collect(Collectors.toSet());
	}

	/** The organisation's projects, to choose from when linking. */
	public List<LinkedProject> choices(UUID organisationId) {
		return summaries.of(organisationId).stream()
			.map(p -> new LinkedProject(p.id(), p.number(), p.title(), p.status().name(), Relation.UPGRADES))
			.toList();
	}

}
