package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.strategy.actions.ActionForm;
import fi.ohjaamo.strategy.goals.CityGoal;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.strategies.StrategyForm;
import fi.ohjaamo.strategy.swot.SwotItemForm;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The strategy's services refuse by themselves everyone but the portfolio's owners, so that no page or job that
 * forgets to ask StrategyPermissions can change the strategy, its goals, actions, indicators, SWOT or programmes.
 */
@IntegrationTest
class StrategyServicesRefusalIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	StrategicGoals goals;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	Actions actions;

	@Autowired
	Indicators indicators;

	@Autowired
	SwotAnalyses analyses;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStrategyServicesRefuseAViewerAndAProjectManager() {
		var org = data.organisation();
		var it = org.itManager().asUser();
		var strategy = strategies.create(it, "Strategia", 2025, 2028, "", "", List.of());
		var area = focusAreas.add(it, strategy.getId(), "Palvelut", "");
		var cityGoal = cityGoals.add(it, "Elinvoima", "");
		var goal = goals.get(org.id(), org.goalId());
		var action = actions.add(it, goal.getId(), ActionForm.blank());
		var indicator = indicators.add(it, definition(area.getId(), "Asiointien osuus"));
		var analysis = analyses.add(it, strategy.getId(), "Nykytila", null);
		var item = analyses.addItem(it, analysis.getId(), SwotQuadrant.WEAKNESS, "Osaaminen", "Koulutus");
		var programme = programmes.create(it, "Digiohjelma", 2025, 2027, "", null, ProgrammeStatus.DRAFT);
		var theme = themes.add(it, programme.getId(), "Asiointi", "");
		var worksite = worksites.add(it, theme.getId(), "Ajanvaraus", "", ActionResponsible.role("Tietohallinto"));
		long writtenBefore = writtenIn(org.id());

		for (var person : List.of(org.viewer(), org.projectManager())) {
			var user = person.asUser();
			List<ThrowingCallable> writes = List.of(
					() -> strategies.create(user, "Kaapattu", 2025, 2028, "", "", List.of()),
					() -> strategies.revise(user, strategy.getId(), StrategyForm.of(strategy), strategy.getVersion()),
					() -> strategies.approve(user, strategy.getId(),
							new Approval("Kaupunginhallitus", LocalDate.of(2025, 1, 1), null, null, null)),
					() -> strategies.makeCurrent(user, strategy.getId()),
					() -> strategies.archive(user, strategy.getId()),
					() -> focusAreas.add(user, strategy.getId(), "Kaapattu", ""),
					() -> focusAreas.revise(user, area.getId(), "Kaapattu", "", area.getVersion()),
					() -> focusAreas.moveUp(user, area.getId()),
					() -> focusAreas.moveDown(user, area.getId()),
					() -> goals.add(user, "Kaapattu"),
					() -> goals.rename(user, goal.getId(), "Kaapattu", goal.getVersion()),
					() -> goals.revise(user, goal.getId(), "Kaapattu", area.getId(), "", "", List.of(cityGoal.getId()),
							goal.getVersion()),
					() -> cityGoals.add(user, "Kaapattu", ""),
					() -> cityGoals.revise(user, cityGoal.getId(), "Kaapattu", "", cityGoal.getVersion()),
					() -> cityGoals.move(user, cityGoal.getId(), 1),
					() -> cityGoals.remove(user, cityGoal.getId()),
					() -> actions.add(user, goal.getId(), "Kaapattu", ActionResponsible.role("Kuka"), "", ActionStatus.DONE,
							""),
					() -> actions.add(user, goal.getId(), ActionForm.blank()),
					() -> actions.update(user, action.getId(), ActionForm.blank(), action.getVersion()),
					() -> actions.changeStatus(user, action.getId(), ActionStatus.DONE),
					() -> actions.move(user, action.getId(), 1),
					() -> actions.remove(user, action.getId()),
					() -> indicators.add(user, definition(area.getId(), "Kaapattu")),
					() -> indicators.redefine(user, indicator.getId(), definition(area.getId(), "Kaapattu"),
							indicator.getVersion()),
					() -> indicators.measure(user, indicator.getId(),
							new IndicatorMeasurement(LocalDate.of(2025, 6, 1), BigDecimal.TEN, "")),
					() -> analyses.add(user, null, "Kaapattu", null),
					() -> analyses.addItem(user, analysis.getId(), SwotQuadrant.THREAT, "Kaapattu", ""),
					() -> analyses.updateItem(user, analysis.getId(), item.getId(), SwotItemForm.of(item),
							item.getVersion()),
					() -> analyses.describe(user, analysis.getId(), "Kaapattu", null, null, analysis.getVersion()),
					() -> analyses.moveItem(user, analysis.getId(), item.getId(), 1),
					() -> analyses.makeAction(user, analysis.getId(), item.getId(), goal.getId()),
					() -> analyses.removeItem(user, analysis.getId(), item.getId()),
					() -> programmes.create(user, "Kaapattu", 2025, 2027, "", null, ProgrammeStatus.DRAFT),
					() -> programmes.revise(user, programme.getId(), "Kaapattu", 2025, 2027, "", null,
							ProgrammeStatus.ACTIVE, programme.getVersion()),
					() -> themes.add(user, programme.getId(), "Kaapattu", ""),
					() -> themes.revise(user, theme.getId(), "Kaapattu", "", theme.getVersion()),
					() -> themes.move(user, theme.getId(), 1),
					() -> worksites.add(user, theme.getId(), "Kaapattu", "", ActionResponsible.role("Kuka")),
					() -> worksites.revise(user, worksite.getId(), "Kaapattu", "", ActionResponsible.role("Kuka"),
							worksite.getVersion()),
					() -> worksites.move(user, worksite.getId(), 1));
			for (int i = 0; i < writes.size(); i++) {
				assertThatThrownBy(writes.get(i)).as(person.name() + ", write " + (i + 1))
					.isInstanceOf(AccessDeniedException.class);
			}
		}

		assertThat(writtenIn(org.id())).as("versions kept and audit entries written").isEqualTo(writtenBefore);
		assertThat(strategies.get(org.id(), strategy.getId()).getStatus()).isEqualTo(StrategyStatus.DRAFT);
		assertThat(cityGoals.of(org.id())).extracting(CityGoal::getName).containsExactly("Elinvoima");
		assertThat(actions.get(org.id(), action.getId()).getStatus()).isEqualTo(ActionStatus.NOT_STARTED);
		for (CurrentUser owner : List.of(it, org.administrator().asUser())) {
			strategies.makeCurrent(owner, strategy.getId());
		}
		assertThat(strategies.current(org.id())).map(Strategy::getId).contains(strategy.getId());
	}

	private static IndicatorDefinition definition(UUID focusAreaId, String name) {
		return new IndicatorDefinition(null, focusAreaId, name, "%", IndicatorDirection.HIGHER_IS_BETTER, null, null,
				List.of());
	}

	/** What the strategy's writes leave behind: a kept version of the record and an audit entry. */
	private long writtenIn(UUID organisationId) {
		return jdbc.sql("select (select count(*) from subject_version where organisation_id = :org)"
				+ " + (select count(*) from audit_entry where organisation_id = :org)")
			.param("org", organisationId)
			.query(Long.class)
			.single();
	}

}
