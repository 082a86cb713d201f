package fi.ohjaamo.registers;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectCardSections;
import org.springframework.stereotype.Component;

/** A project's card lists the register's systems the project changes, each with what it does to them. */
@Component
class SystemsOnProjectCard implements ProjectCardSections {

	private final ProjectLinks links;

	SystemsOnProjectCard(ProjectLinks links) {
		this.links = links;
	}

	@Override
	public List<CardSection> sectionsOf(UUID organisationId, UUID projectId) {
		var systems = links.ofProject(organisationId, projectId).stream()
			.map(s -> new CardLink("/registers/systems/" + s.systemId(), s.name(),
					"registers.relation." + s.relation()))
			.toList();
		return List.of(new CardSection("registers.card.systems", "registers.card.noSystems", systems));
	}

}
