package fi.ohjaamo.scenario;

import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioRulesTests {

	@Test
	void decidedProjectsCanOnlyBeShiftedAndOnlyIdeasTakenIn() {
		assertThat(ScenarioRules.allows(ChangeKind.OUT, Status.PROPOSAL)).isTrue();
		assertThat(ScenarioRules.allows(ChangeKind.OUT, Status.ASSESSED)).isTrue();
		assertThat(ScenarioRules.statusProblem(ChangeKind.OUT, Status.APPROVED)).isEqualTo("scenario.change.kind.decided");
		assertThat(ScenarioRules.statusProblem(ChangeKind.OUT, Status.IN_PROGRESS)).isEqualTo("scenario.change.kind.decided");
		assertThat(ScenarioRules.allows(ChangeKind.SHIFT, Status.IN_PROGRESS)).isTrue();
		assertThat(ScenarioRules.allows(ChangeKind.SHIFT, Status.IDEA)).isFalse();
		assertThat(ScenarioRules.allows(ChangeKind.IN, Status.IDEA)).isTrue();
		assertThat(ScenarioRules.allows(ChangeKind.IN, Status.DONE)).isFalse();
	}

	@Test
	void aShiftNeedsBothEndsReadableAndInOrder() {
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.SHIFT, "Q1/2028", "8/2028")).isEmpty();
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.SHIFT, "", "2028"))
			.containsExactly(new ScenarioRules.Problem("newStart", "scenario.change.newStart.required"));
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.SHIFT, "Q5/2028", "2028"))
			.containsExactly(new ScenarioRules.Problem("newStart", "scenario.change.schedule.malformed"));
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.SHIFT, "2029", "Q4/2028"))
			.containsExactly(new ScenarioRules.Problem("newEnd", "scenario.change.newEnd.beforeStart"));
		// A year ends in its last month, so a schedule within one year is in order.
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.SHIFT, "2028", "Q1/2028")).isEmpty();
	}

	@Test
	void anIdeaKeepsItsOwnScheduleUnlessBothEndsAreGiven() {
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.IN, "", "")).isEmpty();
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.IN, "2028", "")).extracting(ScenarioRules.Problem::field)
			.containsExactly("newEnd");
		assertThat(ScenarioRules.scheduleProblems(ChangeKind.OUT, "roska", "roska")).isEmpty();
	}

}
