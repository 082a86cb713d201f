package fi.ohjaamo.portfolio.web;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.RoadmapProject;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.web.Roadmap.GroupKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the roadmap draws a schedule written as a year, a quarter or a month, by quarter and by month. */
class RoadmapTests {

	private static final GroupKey ONE = new GroupKey(0, null, "Kaikki");

	@Test
	void aYearCoversItsFourQuartersAndAQuarterItsThreeMonths() {
		var wholeYear = project("2026", "");
		var quarter = project("Q2/2026", "");
		var byQuarter = Roadmap.of(List.of(wholeYear, quarter), false, null, p -> List.of(ONE));
		assertThat(byQuarter.periods()).extracting(Roadmap.Period::label)
			.containsExactly("Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026");
		assertThat(row(byQuarter, wholeYear)).extracting("before", "length", "after").containsExactly(0, 4, 0);
		assertThat(row(byQuarter, quarter)).extracting("before", "length", "after").containsExactly(1, 1, 2);

		var byMonth = Roadmap.of(List.of(wholeYear, quarter), true, null, p -> List.of(ONE));
		assertThat(byMonth.periods()).hasSize(12);
		assertThat(row(byMonth, quarter)).extracting("before", "length", "after").containsExactly(3, 3, 6);
	}

	@Test
	void aMonthSitsInItsQuarterAndSpansAcrossPrecisions() {
		var mixed = project("8/2025", "Q1/2026");
		var roadmap = Roadmap.of(List.of(mixed), false, null, p -> List.of(ONE));
		assertThat(roadmap.periods()).extracting(Roadmap.Period::label)
			.containsSequence("Q3/2025", "Q4/2025", "Q1/2026");
		assertThat(row(roadmap, mixed)).extracting("before", "length", "after").containsExactly(2, 3, 3);
		var monthly = Roadmap.of(List.of(mixed), true, null, p -> List.of(ONE));
		assertThat(monthly.periods().getFirst().label()).isEqualTo("7/2025");
		assertThat(monthly.periods().getLast().label()).isEqualTo("3/2026");
		assertThat(monthly.periods()).filteredOn(Roadmap.Period::yearStarts).extracting(Roadmap.Period::label)
			.containsExactly("1/2026");
	}

	@Test
	void theWindowShowsWholeYearsByQuarterAndWholeQuartersByMonthUnderTheirYears() {
		var late = project("Q4/2024", "Q1/2026");
		var byQuarter = Roadmap.of(List.of(late), false, null, p -> List.of(ONE));
		assertThat(byQuarter.years()).containsExactly(new Roadmap.Year(2024, 4), new Roadmap.Year(2025, 4),
				new Roadmap.Year(2026, 4));
		assertThat(byQuarter.periods()).extracting(Roadmap.Period::shortLabel).startsWith("Q1", "Q2", "Q3", "Q4", "Q1");
		assertThat(row(byQuarter, late)).extracting("before", "length", "after").containsExactly(3, 6, 3);

		var byMonth = Roadmap.of(List.of(late), true, null, p -> List.of(ONE));
		assertThat(byMonth.years()).containsExactly(new Roadmap.Year(2024, 3), new Roadmap.Year(2025, 12),
				new Roadmap.Year(2026, 3));
		assertThat(byMonth.periods()).extracting(Roadmap.Period::shortLabel).startsWith("10", "11", "12", "1");
	}

	@Test
	void aYearFilterCutsLongerProjectsAtTheEdgesAndSaysSo() {
		var long_ = project("Q3/2025", "2027");
		var roadmap = Roadmap.of(List.of(long_), false, 2026, p -> List.of(ONE));
		var row = row(roadmap, long_);
		assertThat(row.length()).isEqualTo(4);
		assertThat(row.startsEarlier()).isTrue();
		assertThat(row.endsLater()).isTrue();
	}

	@Test
	void projectsWithoutAScheduleAreListedApart() {
		var none = project("", "");
		var dated = project("Q1/2026", "Q2/2026");
		var roadmap = Roadmap.of(List.of(none, dated), false, null, p -> List.of(ONE));
		assertThat(roadmap.unscheduled()).containsExactly(none);
		assertThat(roadmap.scheduledCount()).isEqualTo(1);
	}

	@Test
	void aVeryLongScheduleIsCutToTheWindowWidth() {
		var decades = project("2020", "2040");
		var roadmap = Roadmap.of(List.of(decades), false, null, p -> List.of(ONE));
		assertThat(roadmap.columns()).isEqualTo(Roadmap.MAX_COLUMNS);
		assertThat(row(roadmap, decades).endsLater()).isTrue();
		var byMonth = Roadmap.of(List.of(decades), true, null, p -> List.of(ONE));
		assertThat(byMonth.columns()).as("whole quarters").isEqualTo(39);
		assertThat(byMonth.periods().getLast().label()).isEqualTo("3/2023");
	}

	private static Roadmap.Row row(Roadmap roadmap, RoadmapProject project) {
		return roadmap.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.project() == project)
			.findFirst().orElseThrow();
	}

	private static RoadmapProject project(String start, String end) {
		return new RoadmapProject(UUID.randomUUID(), "1", "Hanke " + start, Category.CITY_WIDE, null, Status.APPROVED,
				start, end, List.of());
	}

}
