package fi.ohjaamo.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.capacity.PlannedWork;
import fi.ohjaamo.portfolio.CostAmount;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.SchedulePoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioPlanTests {

	private static final UUID KEPT = UUID.randomUUID();

	private static final UUID OUT = UUID.randomUUID();

	private static final UUID SHIFTED = UUID.randomUUID();

	private static final UUID IDEA = UUID.randomUUID();

	private final List<PlannedWork> plan = List.of(work(KEPT, "Q1/2027", "Q4/2027"), work(OUT, "2027", "2027"),
			work(SHIFTED, "Q3/2027", "Q2/2028"));

	private final List<ScenarioChange> changes = List.of(change(OUT, ChangeKind.OUT, "2027", "", ""),
			change(SHIFTED, ChangeKind.SHIFT, "Q3/2027", "Q3/2028", "Q2/2029"),
			change(IDEA, ChangeKind.IN, "2028", "", ""));

	@Test
	void takesProjectsOutAndIdeasInAndGivesShiftedProjectsTheirNewSchedule() {
		var work = ScenarioPlan.work(plan, changes, Map.of(IDEA, work(IDEA, "2028", "2028")));

		assertThat(work).extracting(PlannedWork::projectId).containsExactly(KEPT, SHIFTED, IDEA);
		var shifted = work.get(1);
		assertThat(shifted.start()).isEqualTo(SchedulePoint.quarter(3, 2028));
		assertThat(shifted.end()).isEqualTo(SchedulePoint.quarter(2, 2029));
		assertThat(work.get(0)).isSameAs(plan.get(0));
	}

	@Test
	void anIdeaThatIsNoLongerAnIdeaIsNotTakenInTwice() {
		var work = ScenarioPlan.work(plan, List.of(change(KEPT, ChangeKind.IN, "Q1/2027", "", "")), Map.of());

		assertThat(work).extracting(PlannedWork::projectId).containsExactly(KEPT, OUT, SHIFTED);
	}

	@Test
	void costsLeaveWithProjectsTakenOutComeWithIdeasAndMoveWithTheStartsYear() {
		var lines = Map.of(KEPT, List.of(cost(KEPT, CostKind.ONE_OFF, 2027, null, 100)),
				OUT, List.of(cost(OUT, CostKind.ONE_OFF, 2027, null, 1000)),
				SHIFTED, List.of(cost(SHIFTED, CostKind.ONE_OFF, 2027, null, 10), cost(SHIFTED, CostKind.RECURRING, 2028, 2030, 5)),
				IDEA, List.of(cost(IDEA, CostKind.RECURRING, 2028, null, 7)));

		var costs = ScenarioPlan.costs(Set.of(KEPT, OUT, SHIFTED), changes, Set.of(IDEA), lines);

		assertThat(costs).extracting(CostAmount::projectId).doesNotContain(OUT);
		assertThat(costs).filteredOn(c -> c.projectId().equals(SHIFTED))
			.extracting(CostAmount::fromYear, CostAmount::toYear)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2028, null),
					org.assertj.core.groups.Tuple.tuple(2029, 2031));
		assertThat(costs).filteredOn(c -> c.projectId().equals(IDEA)).singleElement()
			.satisfies(c -> assertThat(c.fromYear()).isEqualTo(2028));
		assertThat(costs).filteredOn(c -> c.projectId().equals(KEPT)).singleElement()
			.satisfies(c -> assertThat(c.fromYear()).isEqualTo(2027));
	}

	@Test
	void aChangeWithoutAReadableStartMovesNoCosts() {
		assertThat(ScenarioPlan.yearsMoved(change(SHIFTED, ChangeKind.SHIFT, "", "2029", "2029"))).isZero();
		assertThat(ScenarioPlan.yearsMoved(change(SHIFTED, ChangeKind.SHIFT, "Q4/2027", "Q1/2028", "Q2/2028"))).isEqualTo(1);
		assertThat(ScenarioPlan.yearsMoved(change(OUT, ChangeKind.OUT, "2027", "", ""))).isZero();
	}

	private static PlannedWork work(UUID id, String start, String end) {
		return new PlannedWork(id, id.toString(), SchedulePoint.parse(start).orElseThrow(),
				SchedulePoint.parse(end).orElseThrow(), List.of());
	}

	private static ScenarioChange change(UUID id, ChangeKind kind, String originalStart, String newStart,
			String newEnd) {
		return new ScenarioChange(id, kind, "Hanke", Status.PROPOSAL, originalStart, "", newStart, newEnd, "");
	}

	private static CostAmount cost(UUID project, CostKind kind, int from, Integer to, int euros) {
		return new CostAmount(project, kind, from, to, BigDecimal.valueOf(euros), BigDecimal.valueOf(euros), false);
	}

}
