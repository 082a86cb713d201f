package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.Party;
import fi.ohjaamo.capacity.PartyOutlook;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's capacity, set by Tiina for every year its projects run: IT has about two people's time
 * for development per quarter, less in the summer quarter, and a little more wherever the plan needs it, except
 * in one upcoming quarter, the busiest one, where the plan's demand is more than IT can give (the quarter a
 * scenario should fix). Sivistyspalvelut has capacity too, enough for its projects.
 */
@Component
@Order(16)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoCapacity implements ApplicationRunner {

	static final String SERVICE_AREA = "Sivistyspalvelut";

	private static final BigDecimal IT_BASE = new BigDecimal("140");

	private static final BigDecimal IT_SUMMER = new BigDecimal("90");

	private static final BigDecimal AREA_BASE = new BigDecimal("60");

	private final Organisations organisations;

	private final Capacities capacities;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoCapacity(Organisations organisations, Capacities capacities, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.capacities = capacities;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty()) {
			return;
		}
		var outlook = capacities.outlook(municipality.get().getId(), capacities.currentPlan(municipality.get().getId()));
		if (outlook.quarters().isEmpty() || outlook.it().quarters().stream().anyMatch(q -> q.capacity() != null)) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get(), outlook.it(),
				outlook.quarters().getFirst().year(), outlook.quarters().getLast().year()));
	}

	private void load(Organisation municipality, PartyOutlook it, int fromYear, int toYear) {
		UUID org = municipality.getId();
		var plan = capacities.currentPlan(org);
		var area = organisations.unitsOf(org).serviceAreas().stream().filter(u -> u.name().equals(SERVICE_AREA))
			.map(u -> Party.serviceArea(u.id())).toList();
		var outlook = capacities.outlook(org, plan, fromYear, toYear, area);
		var days = new LinkedHashMap<Party, Map<Quarter, BigDecimal>>();
		days.put(Party.IT, itCapacity(outlook.it().quarters(), busiestUpcoming(outlook.it().quarters())));
		area.forEach(party -> days.put(party, areaCapacity(outlook.of(party).orElseThrow().quarters())));
		capacities.set(itManager(municipality), days);
	}

	/** Enough for the high estimate everywhere but in the overloaded quarter, where even the low one is too much. */
	private static Map<Quarter, BigDecimal> itCapacity(List<QuarterLoad> loads, Optional<Quarter> overloaded) {
		var days = new LinkedHashMap<Quarter, BigDecimal>();
		for (var load : loads) {
			var base = load.quarter().quarter() == 3 ? IT_SUMMER : IT_BASE;
			if (overloaded.filter(load.quarter()::equals).isPresent()) {
				days.put(load.quarter(), roundDown(load.demandLow() * 0.8));
			}
			else {
				days.put(load.quarter(), base.max(roundUp(load.demandHigh() * 1.1)));
			}
		}
		return days;
	}

	private static Map<Quarter, BigDecimal> areaCapacity(List<QuarterLoad> loads) {
		var days = new LinkedHashMap<Quarter, BigDecimal>();
		loads.forEach(load -> days.put(load.quarter(), AREA_BASE.max(roundUp(load.demandHigh() * 1.2))));
		return days;
	}

	/** The upcoming quarter (after the current one) whose low demand is largest. */
	private Optional<Quarter> busiestUpcoming(List<QuarterLoad> loads) {
		var today = LocalDate.now(clock);
		var current = new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
		return loads.stream()
			.filter(load -> load.quarter().compareTo(current) > 0 && load.demandLow() > 0)
			.max(Comparator.comparingDouble(QuarterLoad::demandLow))
			.map(QuarterLoad::quarter);
	}

	private static BigDecimal roundUp(double days) {
		return BigDecimal.valueOf(days / 10).setScale(0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
	}

	private static BigDecimal roundDown(double days) {
		return BigDecimal.valueOf(days / 10).setScale(0, RoundingMode.FLOOR).multiply(BigDecimal.TEN);
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
