package fi.ohjaamo.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Approval;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's action plan for autumn 2025 and 2026, laid out like seed plans: an introduction, then the
 * committed projects grouped and numbered, approved by the board's IT division. One card was revised after approval,
 * so the plan has changes to show; the next period's plan is started as a draft copy. Added once, when the
 * municipality has no plans; it runs after the decisions and scenarios so that it freezes the cards as they end up.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoActionPlan implements ApplicationRunner {

	static final String TITLE = "Tietohallinnon toimenpidesuunnitelma";

	static final String DIVISION = "Kaupunginhallituksen tietotekniikkajaosto";

	/** Statuses of projects the city has committed to or is deciding on; ideas and given-up projects stay out. */
	private static final Set<Status> PLANNED = EnumSet.of(Status.PROPOSAL, Status.ASSESSED, Status.APPROVED,
			Status.IN_PROGRESS);

	private final Organisations organisations;

	private final PortfolioQuery portfolio;

	private final Projects projects;

	private final ActionPlans plans;

	private final SteeringBodies bodies;

	private final TransactionTemplate transaction;

	DemoActionPlan(Organisations organisations, PortfolioQuery portfolio, Projects projects, ActionPlans plans,
			SteeringBodies bodies, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.portfolio = portfolio;
		this.projects = projects;
		this.plans = plans;
		this.bodies = bodies;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !plans.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(Organisation municipality) {
		UUID org = municipality.getId();
		var plan = plans.create(org, new PlanHeading(TITLE, "syksy 2025 ja 2026", 2025, 2026));
		long version = plan.getVersion();
		for (var chapter : introduction()) {
			plans.addChapter(org, plan.getId(), chapter, version++);
		}
		var chosen = portfolio.find(org, PortfolioFilter.none()).rows().stream()
			.filter(row -> PLANNED.contains(row.status()))
			.toList();
		for (var row : chosen) {
			plans.choose(org, plan.getId(), row.id(), version++);
		}
		var division = bodies.of(org).stream().filter(b -> b.getName().equals(DIVISION)).findFirst();
		plans.approve(org, plan.getId(), new Approval(division.map(b -> b.getId()).orElse(null), DIVISION,
				LocalDate.of(2025, 10, 13), "§ 38", "KUU/512/00.01.02/2025",
				"https://kuusijarvi.example/poytakirjat/2025/tietotekniikkajaosto-2025-10-13"), version);
		// The division prepared it, the municipal board approved it as part of the budget: the chain of decisions.
		plans.recordDecision(org, plan.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2025, 11, 3),
				"§ 212", "4", "KUU/512/00.01.02/2025", "https://kuusijarvi.example/poytakirjat/2025/kunnanhallitus-2025-11-03"),
				plans.get(org, plan.getId()).getVersion());
		reviseAfterApproval(municipality, chosen);
		plans.copy(org, plan.getId(), new PlanHeading(TITLE, "2027 ja 2028", 2027, 2028));
	}

	/** Work on the first infrastructure project moved on after the plan was approved, as the portfolio records. */
	private void reviseAfterApproval(Organisation municipality, List<PortfolioRow> chosen) {
		var tiina = itManager(municipality);
		chosen.stream().filter(row -> row.category() == Category.INFRASTRUCTURE).findFirst().ifPresent(row -> {
			var latest = projects.latest(municipality.getId(), row.id());
			var card = latest.card();
			var revised = new fi.ohjaamo.portfolio.ProjectCard(card.title(), card.number(), card.category(),
					card.serviceAreaId(), card.unitId(), card.obligation(), card.kind(), card.status(),
					card.visibility(), card.projectManagerId(),
					card.description() + "\n\nSyksyn 2025 kilpailutus viivästyi, joten hankinta tehdään alkuvuodesta "
							+ "2026 ja käyttöönotto siirtyy kevääseen.",
					card.impactSummary(), card.impactOrganisation(), card.impactSecurity(), card.impactData(),
					card.impactCaseManagement(), card.goalIds(), card.noStrategicGoal(), card.scheduleStart(),
					card.scheduleEnd(), card.scheduleNote(), card.likelihood(),
					"Kilpailutuksen viivästyminen lisää aikataulun epävarmuutta.", card.priority(),
					card.scheduleOwner(), card.costs(), card.costNote(), card.resources(), card.resourceNote(),
					card.worksiteId());
			projects.revise(tiina, row.id(), revised, latest.number());
		});
	}

	private static List<Chapter> introduction() {
		return List.of(new Chapter("Suunnitelman sisällöstä",
				"Tämä suunnitelma kertoo, mitä tietohallinto aikoo kehittää syksyllä 2025 ja vuonna 2026. Siihen on "
						+ "koottu kehittämiskohteet, jotka on valittu toteutettaviksi tai jotka lainsäädäntö tai "
						+ "elinkaari tekee pakollisiksi.\n\nSuunnitelman toteutumista seurataan projektisalkussa, jota "
						+ "päivitetään tilanteen muuttuessa. Hankkeiden rahoituksesta päätetään erikseen talousarviossa "
						+ "ja taloussuunnitelmassa; tässä esitetyt kustannukset ovat suunnitteluvaiheen arvioita."),
				new Chapter("Kehittämiskohteiden ryhmittely",
						"Kehittämiskohteet on jaettu kolmeen ryhmään: perusinfrastruktuurin ja muihin tietohallinnon "
								+ "omistamiin hankkeisiin, koko kaupunkia koskeviin hankkeisiin sekä palvelualojen "
								+ "omiin hankkeisiin. Palvelualojen hankkeet on ryhmitelty edelleen palvelualoittain "
								+ "ja yksiköittäin."),
				new Chapter("Muutokset hyväksymisen jälkeen",
						"Kun jaosto on hyväksynyt suunnitelman, sen sisältö jäädytetään. Hankekorttien myöhemmät "
								+ "muutokset näkyvät suunnitelman kohdassa Muutokset hyväksymisen jälkeen, josta "
								+ "pääsee kunkin kortin historiaan."));
	}

	private CurrentUser itManager(Organisation municipality) {
		var person = organisations.peopleOf(municipality.getId())
			.stream()
			.filter(p -> p.displayName().equals("Tiina Tietohallintojohtaja"))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(person.id(), person.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
	}

}
