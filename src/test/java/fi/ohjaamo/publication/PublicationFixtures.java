package fi.ohjaamo.publication;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.TestData;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.portfolio.Visibility;
import org.springframework.boot.test.context.TestComponent;

/** Projects of every kind of publicity, and cards whose every internal field carries a recognisable canary. */
@TestComponent
class PublicationFixtures {

	private final TestData data;

	private final Projects projects;

	private final Organisations organisations;

	PublicationFixtures(TestData data, Projects projects, Organisations organisations) {
		this.data = data;
		this.projects = projects;
		this.organisations = organisations;
	}

	Project published(TestData.Org org, String title, Status status) {
		return projects.create(org.itManager().asUser(), withStatus(data.card(org, title), status, Visibility.PUBLIC));
	}

	Project internal(TestData.Org org, String title) {
		return projects.create(org.itManager().asUser(), data.card(org, title));
	}

	/**
	 * A public card whose every field outside the public list says "canary-" and the field's name; its first
	 * revision had a canary title too, so the kept history is covered as well.
	 */
	Project canaryCard(TestData.Org org, String canary) {
		var manager = data.person(org.id(), org.name(), canary + "-projectManager", Role.PROJECT_MANAGER, null);
		var base = data.card(org, canary + "-oldTitle");
		var card = base.toBuilder()
			.title(canary + "-oldTitle")
			.number("7.3")
			.serviceAreaId(org.serviceAreaId())
			.unitId(org.unitId())
			.status(Status.APPROVED)
			.visibility(Visibility.PUBLIC)
			.projectManagerId(manager.id())
			.description("Julkinen kuvaus verkkoasioinnista")
			.impactSummary("Julkinen vaikutusarvio: säästää asiointikäyntejä")
			.impactOrganisation(described(canary + "-impactOrganisation"))
			.impactSecurity(described(canary + "-impactSecurity"))
			.impactData(described(canary + "-impactData"))
			.impactCaseManagement(described(canary + "-impactCaseManagement"))
			.goalIds(List.of(org.goalId()))
			.noStrategicGoal(false)
			.scheduleStart("Q1/2026")
			.scheduleEnd("Q4/2027")
			.scheduleNote(canary + "-scheduleNote")
			.likelihoodNote(canary + "-likelihoodNote")
			.costs(List.of(new CostLine(CostKind.ONE_OFF, 2026, null, new BigDecimal("48000"), null, false,
					Vat.EXCLUDED, canary + "-costLineNote")))
			.costNote(canary + "-costNote")
			.resources(List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, new BigDecimal("30"), null,
					canary + "-resourceLineNote")))
			.resourceNote(canary + "-resourceNote")
			.build();
		var project = projects.create(org.itManager().asUser(), card);
		return projects.revise(org.itManager().asUser(), project.getId(), renamed(card, "Sähköinen asiointi -palvelu"), 1);
	}

	/** The same card under another title. */
	static ProjectCard renamed(ProjectCard card, String title) {
		return card.toBuilder().title(title).noStrategicGoal(false).build();
	}

	private static ImpactPart described(String text) {
		return new ImpactPart(ImpactState.DESCRIBED, text);
	}

	static ProjectCard withStatus(ProjectCard card, Status status, Visibility visibility) {
		return card.toBuilder().status(status).visibility(visibility).build();
	}

}
