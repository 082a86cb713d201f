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
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two scenarios of the demo municipality by Tiina. The first postpones one or two projects so that the upcoming IT
 * quarter the capacity demo overloads is no longer overloaded, without overloading another; the projects are among
 * the largest causes of that quarter's demand, found from the outlook rather than named, so the scenario follows
 * the demo cards. The
 * second takes an idea in and a proposal out. Added once, after the capacity, when the municipality has none.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoScenarios implements ApplicationRunner {

	static final String EASING = "Kevennetty kehitystahti";

	static final String SWAP = "Chatbot kokeiluun, tulostus odottaa";

	/** How many of the overloaded quarter's largest causes are considered for postponing. */
	private static final int CANDIDATES = 6;

	private static final int MOST_SHIFTED = 3;

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

	/**
	 * Postpones, one at a time and at most three, those of the overloaded quarter's largest causes whose shift
	 * leaves the least overload in the upcoming quarters, until none is overloaded: a shift that only moves the
	 * overload to a later quarter is not chosen over one that removes it.
	 */
	private void easing(CurrentUser tiina) {
		UUID org = tiina.organisationId();
		var scenario = scenarios.create(tiina, EASING, "Osa hankkeista siirretään myöhemmäksi, jotta "
				+ "tietohallinnon työmäärä ei ylitä kapasiteettia yhdelläkään tulevalla neljänneksellä.");
		var plan = new ArrayList<PlannedWork>(capacities.currentPlan(org));
		var shifted = new java.util.HashSet<UUID>();
		for (int round = 0; round < MOST_SHIFTED; round++) {
			var overloaded = upcomingItQuarters(org, plan).stream().filter(QuarterLoad::mayExceed).findFirst();
			if (overloaded.isEmpty()) {
				return;
			}
			var best = overloaded.get().projects().stream()
				.filter(share -> !shifted.contains(share.projectId()))
				.limit(CANDIDATES)
				.flatMap(share -> plan.stream().filter(w -> w.projectId().equals(share.projectId())))
				.flatMap(work -> later(work).stream())
				.min(Comparator.comparingDouble(option -> overload(org, with(plan, option))));
			if (best.isEmpty()) {
				return;
			}
			var work = best.get();
			plan.replaceAll(w -> w.projectId().equals(work.projectId()) ? work : w);
			shifted.add(work.projectId());
			scenarios.change(tiina, scenario.getId(), new Scenarios.ChangeRequest(work.projectId(), ChangeKind.SHIFT,
					String.valueOf(work.start()), String.valueOf(work.end()),
					"Siirretään myöhemmäksi, jotta " + overloaded.get().quarter() + " ei ylikuormitu."),
					current(org, scenario).getVersion());
		}
	}

	private static List<PlannedWork> with(List<PlannedWork> plan, PlannedWork later) {
		return plan.stream().map(w -> w.projectId().equals(later.projectId()) ? later : w).toList();
	}

	/** Person-days above capacity, summed over the upcoming IT quarters. */
	private double overload(UUID org, List<PlannedWork> plan) {
		return upcomingItQuarters(org, plan).stream()
			.filter(q -> q.capacity() != null)
			.mapToDouble(q -> Math.max(0, q.demandHigh() - q.capacity().doubleValue()))
			.sum();
	}

	/** The work postponed by two to six quarters (when its schedule is in quarters or months) or by one or two years. */
	private static List<PlannedWork> later(PlannedWork work) {
		if (work.start() == null || work.end() == null) {
			return List.of();
		}
		var options = new ArrayList<PlannedWork>();
		for (int months : new int[] { 6, 9, 12, 18, 24 }) {
			var start = postponed(work.start(), months);
			var end = postponed(work.end(), months);
			if (start != null && end != null) {
				options.add(new PlannedWork(work.projectId(), work.title(), start, end, work.resources()));
			}
		}
		return options;
	}

	/** The point the months later, or null when its precision cannot say it (a year moves only by whole years). */
	private static @Nullable SchedulePoint postponed(SchedulePoint point, int months) {
		return switch (point.precision()) {
			case YEAR -> months % 12 == 0 ? SchedulePoint.year(point.year() + months / 12) : null;
			case QUARTER -> {
				int index = point.year() * 4 + point.part() - 1 + months / 3;
				yield SchedulePoint.quarter(index % 4 + 1, index / 4);
			}
			case MONTH -> {
				int index = point.year() * 12 + point.part() - 1 + months;
				yield SchedulePoint.month(index % 12 + 1, index / 12);
			}
		};
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

	private CurrentUser itManager(Organisation municipality) {
		var tiina = organisations.peopleOf(municipality.getId()).stream()
			.filter(p -> p.displayName().equals("Tiina Tietohallintojohtaja"))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(tiina.id(), tiina.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
	}

}
