package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemandSpreadTests {

	private final DemandSpread spread = new DemandSpread(220);

	@Test
	void workOverAYearFallsEvenlyOnItsFourQuarters() {
		var work = work("Uusi asianhallinta", SchedulePoint.year(2027), SchedulePoint.year(2027), it(400, 400));

		var it = spread.spread(List.of(work), Map.of()).shares().get(Party.IT);

		assertThat(it.keySet()).containsExactly(q(2027, 1), q(2027, 2), q(2027, 3), q(2027, 4));
		assertThat(it.values()).allSatisfy(shares -> assertThat(shares.getFirst().low()).isCloseTo(100, within(1e-9)));
	}

	@Test
	void quarterPrecisionCoversTheWholeQuartersBetweenStartAndEnd() {
		var work = work("Verkkokauppa", SchedulePoint.quarter(2, 2027), SchedulePoint.quarter(3, 2027), it(60, 60));

		var it = spread.spread(List.of(work), Map.of()).shares().get(Party.IT);

		assertThat(it).containsOnlyKeys(q(2027, 2), q(2027, 3));
		assertThat(it.get(q(2027, 2)).getFirst().high()).isCloseTo(30, within(1e-9));
	}

	@Test
	void monthPrecisionSplitsAQuarterByTheMonthsThatFallInIt() {
		// March to May: one month in Q1, two in Q2.
		var work = work("Kirjastojärjestelmä", SchedulePoint.month(3, 2027), SchedulePoint.month(5, 2027), it(30, 30));

		var it = spread.spread(List.of(work), Map.of()).shares().get(Party.IT);

		assertThat(it.get(q(2027, 1)).getFirst().low()).isCloseTo(10, within(1e-9));
		assertThat(it.get(q(2027, 2)).getFirst().low()).isCloseTo(20, within(1e-9));
	}

	@Test
	void aRangeGivesLowAndHighAndASingleNumberGivesBoth() {
		var ranged = work("Palautejärjestelmä", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(1, 2027), it(20, 50));
		var onlyMax = work("Tilanvaraus", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(1, 2027), it(null, 10));

		var shares = spread.spread(List.of(ranged, onlyMax), Map.of()).shares().get(Party.IT).get(q(2027, 1));

		assertThat(shares).extracting(ProjectShare::title).containsExactly("Palautejärjestelmä", "Tilanvaraus");
		assertThat(shares.get(0).low()).isCloseTo(20, within(1e-9));
		assertThat(shares.get(0).high()).isCloseTo(50, within(1e-9));
		assertThat(shares.get(1).low()).isCloseTo(10, within(1e-9));
		assertThat(shares.get(1).high()).isCloseTo(10, within(1e-9));
	}

	@Test
	void aPersonYearCountsForTheConfiguredPersonDays() {
		var line = new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_YEARS, new BigDecimal("0.5"), new BigDecimal("1"), "");
		var work = work("Tietoallas", SchedulePoint.year(2028), SchedulePoint.year(2028), line);

		var q1 = spread.spread(List.of(work), Map.of()).shares().get(Party.IT).get(q(2028, 1)).getFirst();

		assertThat(q1.low()).isCloseTo(110.0 / 4, within(1e-9));
		assertThat(q1.high()).isCloseTo(220.0 / 4, within(1e-9));
	}

	@Test
	void anEffortWithoutAmountsIsCountedAsUnknownNotAsZero() {
		var work = work("Chatbot", SchedulePoint.year(2027), SchedulePoint.year(2027), it(null, null));

		var demand = spread.spread(List.of(work), Map.of());

		assertThat(demand.shares()).doesNotContainKey(Party.IT);
		assertThat(demand.unknownEffort().get(Party.IT)).extracting(ProjectShare::title).containsExactly("Chatbot");
	}

	@Test
	void anEffortInPersonsOrPerProcessIsANeedThatCannotBeCountedInDays() {
		var persons = work("Palvelumuotoilu", SchedulePoint.year(2027), SchedulePoint.year(2027),
				new ResourceLine(ResourceParty.IT, EffortUnit.PERSONS, new BigDecimal("3"), null, ""));
		var perProcess = work("Prosessien kuvaus", SchedulePoint.year(2027), SchedulePoint.year(2027),
				new ResourceLine(ResourceParty.IT, EffortUnit.DAYS_PER_PROCESS, new BigDecimal("2"), null, ""));

		var demand = spread.spread(List.of(persons, perProcess), Map.of());

		assertThat(demand.shares()).doesNotContainKey(Party.IT);
		assertThat(demand.unknownEffort().get(Party.IT)).extracting(ProjectShare::title)
			.containsExactlyInAnyOrder("Palvelumuotoilu", "Prosessien kuvaus");
	}

	@Test
	void workWithoutAScheduleCannotBeSpreadAndIsListedAsNotScheduled() {
		var noEnd = work("Ilman loppua", SchedulePoint.year(2027), null, it(10, 10));
		var backwards = work("Takaperin", SchedulePoint.year(2028), SchedulePoint.year(2027), it(10, 10));
		var purchasedOnly = work("Ostopalvelu", null, null,
				new ResourceLine(ResourceParty.PURCHASED, EffortUnit.PERSON_DAYS, BigDecimal.TEN, null, ""));

		var demand = spread.spread(List.of(noEnd, backwards, purchasedOnly), Map.of());

		assertThat(demand.notScheduled()).extracting(PlannedWork::title).containsExactly("Ilman loppua", "Takaperin");
		assertThat(demand.shares()).isEmpty();
	}

	@Test
	void serviceAreaWorkLoadsTheProjectsOwnServiceArea() {
		UUID area = UUID.randomUUID();
		var line = new ResourceLine(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_DAYS, BigDecimal.TEN, BigDecimal.TEN, "");
		var work = work("Koulun oppimisalusta", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(1, 2027), line);

		var shares = spread.spread(List.of(work), Map.of(work.projectId(), area)).shares();

		assertThat(shares).containsOnlyKeys(Party.serviceArea(area));
	}

	@Test
	void theLargestShareComesFirst() {
		var small = work("Pieni", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(1, 2027), it(5, 5));
		var large = work("Suuri", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(1, 2027), it(50, 80));

		var shares = spread.spread(List.of(small, large), Map.of()).shares().get(Party.IT).get(q(2027, 1));

		assertThat(shares).extracting(ProjectShare::title).containsExactly("Suuri", "Pieni");
	}

	@Test
	void anOutlookFlagsExceedingByTheLowAndMayExceedByTheHighEstimate() {
		var work = work("Uusi ERP", SchedulePoint.quarter(1, 2027), SchedulePoint.quarter(2, 2027), it(100, 300));
		var demand = spread.spread(List.of(work), Map.of());
		var capacity = Map.of(Party.IT, Map.of(q(2027, 1), new BigDecimal("40"), q(2027, 2), new BigDecimal("100")));

		var it = OutlookAssembly.assemble(demand, capacity, List.of(), null).it();

		assertThat(it.in(q(2027, 1)).orElseThrow().exceeds()).isTrue();
		assertThat(it.in(q(2027, 2)).orElseThrow().exceeds()).isFalse();
		assertThat(it.in(q(2027, 2)).orElseThrow().mayExceed()).isTrue();
	}

	private static PlannedWork work(String title, @Nullable SchedulePoint start, @Nullable SchedulePoint end,
			ResourceLine line) {
		return new PlannedWork(UUID.randomUUID(), title, start, end, List.of(line));
	}

	private static ResourceLine it(@Nullable Integer min, @Nullable Integer max) {
		return new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, min == null ? null : BigDecimal.valueOf(min),
				max == null ? null : BigDecimal.valueOf(max), "");
	}

	private static Quarter q(int year, int quarter) {
		return new Quarter(year, quarter);
	}

}
