package fi.ohjaamo.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulePointTests {

	@Test
	void readsTheActionPlansThreePrecisions() {
		assertThat(SchedulePoint.parse("2023")).contains(SchedulePoint.year(2023));
		assertThat(SchedulePoint.parse("Q3/2022")).contains(SchedulePoint.quarter(3, 2022));
		assertThat(SchedulePoint.parse(" q4 / 2022 ")).contains(SchedulePoint.quarter(4, 2022));
		assertThat(SchedulePoint.parse("8/2021")).contains(SchedulePoint.month(8, 2021));
		assertThat(SchedulePoint.parse("12/2021")).contains(SchedulePoint.month(12, 2021));
	}

	@Test
	void rejectsWhatIsNotADateOfThePlan() {
		for (String bad : new String[] { "", "Q5/2022", "13/2021", "0/2021", "2022/3", "syksy 2022", "Q3-2022", "1800",
				"99999" }) {
			assertThat(SchedulePoint.parse(bad)).as(bad).isEmpty();
		}
	}

	@Test
	void writesItselfBackInTheSameNotation() {
		assertThat(SchedulePoint.quarter(3, 2022)).hasToString("Q3/2022");
		assertThat(SchedulePoint.month(8, 2021)).hasToString("8/2021");
		assertThat(SchedulePoint.year(2023)).hasToString("2023");
	}

	@Test
	void anEndMayNotCloseBeforeTheStartOpens() {
		assertThat(SchedulePoint.quarter(3, 2022).canBeFollowedBy(SchedulePoint.quarter(2, 2023))).isTrue();
		assertThat(SchedulePoint.quarter(3, 2022).canBeFollowedBy(SchedulePoint.quarter(3, 2022))).isTrue();
		assertThat(SchedulePoint.quarter(3, 2022).canBeFollowedBy(SchedulePoint.quarter(2, 2022))).isFalse();
		assertThat(SchedulePoint.month(8, 2022).canBeFollowedBy(SchedulePoint.year(2022))).isTrue();
		assertThat(SchedulePoint.year(2023).canBeFollowedBy(SchedulePoint.month(12, 2022))).isFalse();
		assertThat(SchedulePoint.month(9, 2022).canBeFollowedBy(SchedulePoint.quarter(3, 2022))).isTrue();
	}

}
