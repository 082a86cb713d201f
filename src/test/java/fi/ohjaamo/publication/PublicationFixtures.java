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
		var card = new ProjectCard(canary + "-oldTitle", "7.3", base.category(), org.serviceAreaId(), org.unitId(),
				base.obligation(), base.kind(), Status.APPROVED, Visibility.PUBLIC, manager.id(),
				"Julkinen kuvaus verkkoasioinnista", "Julkinen vaikutusarvio: säästää asiointikäyntejä",
				described(canary + "-impactOrganisation"), described(canary + "-impactSecurity"),
				described(canary + "-impactData"), described(canary + "-impactCaseManagement"), List.of(org.goalId()),
				false, "Q1/2026", "Q4/2027", canary + "-scheduleNote", base.likelihood(), canary + "-likelihoodNote",
				base.priority(), base.scheduleOwner(),
				List.of(new CostLine(CostKind.ONE_OFF, 2026, null, new BigDecimal("48000"), null, false, Vat.EXCLUDED,
						canary + "-costLineNote")),
				canary + "-costNote",
				List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, new BigDecimal("30"), null,
						canary + "-resourceLineNote")),
				canary + "-resourceNote");
		var project = projects.create(org.itManager().asUser(), card);
		return projects.revise(org.itManager().asUser(), project.getId(), renamed(card, "Sähköinen asiointi -palvelu"), 1);
	}

	/** The same card under another title. */
	static ProjectCard renamed(ProjectCard card, String title) {
		return new ProjectCard(title, card.number(), card.category(),
				card.serviceAreaId(), card.unitId(), card.obligation(), card.kind(), card.status(), card.visibility(),
				card.projectManagerId(), card.description(), card.impactSummary(), card.impactOrganisation(),
				card.impactSecurity(), card.impactData(), card.impactCaseManagement(), card.goalIds(), false,
				card.scheduleStart(), card.scheduleEnd(), card.scheduleNote(), card.likelihood(), card.likelihoodNote(),
				card.priority(), card.scheduleOwner(), card.costs(), card.costNote(), card.resources(),
				card.resourceNote());
	}

	private static ImpactPart described(String text) {
		return new ImpactPart(ImpactState.DESCRIBED, text);
	}

	static ProjectCard withStatus(ProjectCard card, Status status, Visibility visibility) {
		return new ProjectCard(card.title(), card.number(), card.category(), card.serviceAreaId(), card.unitId(),
				card.obligation(), card.kind(), status, visibility, card.projectManagerId(), card.description(),
				card.impactSummary(), card.impactOrganisation(), card.impactSecurity(), card.impactData(),
				card.impactCaseManagement(), card.goalIds(), card.noStrategicGoal(), card.scheduleStart(),
				card.scheduleEnd(), card.scheduleNote(), card.likelihood(), card.likelihoodNote(), card.priority(),
				card.scheduleOwner(), card.costs(), card.costNote(), card.resources(), card.resourceNote());
	}

}
