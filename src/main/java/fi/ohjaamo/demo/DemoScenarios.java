package fi.ohjaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.PlannedWork;
import fi.ohjaamo.capacity.ProjectShare;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.scenario.ChangeKind;
import fi.ohjaamo.scenario.Scenario;
import fi.ohjaamo.scenario.Scenarios;
import fi.ohjaamo.shared.SchedulePoint;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two scenarios of the demo municipality by Tiina. The first moves one or two projects a year later so that the
 * upcoming IT quarter the capacity demo overloads is no longer overloaded; the projects are the largest causes of
 * that quarter's demand, found from the outlook rather than named, so the scenario follows the demo cards. The
 * second takes an idea in and a proposal out. Added once, after the capacity, when the municipality has none.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoScenarios implements ApplicationRunner {

	static final String EASING = "Kevennetty kehitystahti";

	static final String SWAP = "Chatbot kokeiluun, tulostus odottaa";

	private static final int MOST_SHIFTED = 2;

	private final Organisations organisations;

	private final Capacities capacities;

	private final PortfolioPlans plans;

	private final Scenarios scenarios;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoScenarios(Organisations organisations, Capacities capacities, PortfolioPlans plans, Scenarios scenarios,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.capacities = capacities;
		this.plans = plans;
		this.scenarios = scenarios;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !scenarios.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(Organisation municipality) {
		var tiina = itManager(municipality);
		easing(tiina);
		swap(tiina);
	}

	/** Shifts the largest causes of the first upcoming overloaded IT quarter (or the busiest one) a year later. */
	private void easing(CurrentUser tiina) {
		UUID org = tiina.organisationId();
		var plan = capacities.currentPlan(org);
		var upcoming = upcomingItQuarters(org, plan);
		var target = upcoming.stream().filter(QuarterLoad::mayExceed).findFirst()
			.or(() -> upcoming.stream().max(Comparator.comparingDouble(QuarterLoad::demandHigh)));
		var scenario = scenarios.create(tiina, EASING, "Osa hankkeista siirretään vuodella eteenpäin, jotta "
				+ "tietohallinnon työmäärä ei ylitä kapasiteettia yhdelläkään tulevalla neljänneksellä.");
		if (target.isEmpty()) {
			return;
		}
		var shifted = new ArrayList<PlannedWork>(plan);
		for (ProjectShare share : target.get().projects().stream().limit(MOST_SHIFTED).toList()) {
			var work = shifted.stream().filter(w -> w.projectId().equals(share.projectId())).findFirst();
			if (work.isEmpty() || work.get().start() == null || work.get().end() == null) {
				continue;
			}
			var later = new PlannedWork(share.projectId(), share.title(), yearLater(work.get().start()),
					yearLater(work.get().end()), work.get().resources());
			shifted.replaceAll(w -> w.projectId().equals(share.projectId()) ? later : w);
			scenarios.change(tiina, scenario.getId(), new Scenarios.ChangeRequest(share.projectId(), ChangeKind.SHIFT,
					later.start().toString(), later.end().toString(),
					"Siirretään vuodella, jotta " + target.get().quarter() + " ei ylikuormitu."),
					current(org, scenario).getVersion());
			if (upcomingItQuarters(org, shifted).stream().noneMatch(QuarterLoad::mayExceed)) {
				return;
			}
		}
	}

	/** Takes the first idea in and the last proposal out. */
	private void swap(CurrentUser tiina) {
		UUID org = tiina.organisationId();
		var scenario = scenarios.create(tiina, SWAP, "Asiakaspalvelun chatbot otetaan kokeiluun jo nyt; "
				+ "tulostuspalvelun kilpailutus odottaa seuraavaan suunnitelmaan.");
		plans.projects(org, EnumSet.of(Status.IDEA)).stream().findFirst().ifPresent(idea -> scenarios.change(tiina,
				scenario.getId(), new Scenarios.ChangeRequest(idea.id(), ChangeKind.IN, "", "",
						"Kokeilu on pieni ja sen hyöty nähdään nopeasti."), current(org, scenario).getVersion()));
		plans.projects(org, EnumSet.of(Status.PROPOSAL)).stream().reduce((first, second) -> second)
			.ifPresent(proposal -> scenarios.change(tiina, scenario.getId(), new Scenarios.ChangeRequest(proposal.id(),
					ChangeKind.OUT, "", "", "Ei kiireellinen; vapauttaa tietohallinnon työaikaa chatbotille."),
					current(org, scenario).getVersion()));
	}

	/** IT's quarters from this one on, as the capacity outlook of the plan sees them. */
	private List<QuarterLoad> upcomingItQuarters(UUID org, List<PlannedWork> plan) {
		return upcomingItQuarters(capacities, plan, org, LocalDate.now(clock));
	}

	static List<QuarterLoad> upcomingItQuarters(Capacities capacities, List<PlannedWork> plan, UUID org,
			LocalDate today) {
		var now = new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
		return capacities.outlook(org, plan).it().quarters().stream()
			.filter(q -> q.quarter().compareTo(now) >= 0)
			.toList();
	}

	private Scenario current(UUID org, Scenario scenario) {
		return scenarios.get(org, scenario.getId());
	}

	private static SchedulePoint yearLater(SchedulePoint point) {
		return new SchedulePoint(point.precision(), point.year() + 1, point.part());
	}

	private CurrentUser itManager(Organisation municipality) {
		var tiina = organisations.peopleOf(municipality.getId()).stream()
			.filter(p -> p.displayName().equals("Tiina Tietohallintojohtaja"))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(tiina.id(), tiina.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
	}

}
