package fi.ohjaamo.strategy;

import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.ServingCards.oneOff;
import static fi.ohjaamo.ServingCards.serving;
import static fi.ohjaamo.strategy.goals.GoalPageIntegrationTests.readable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The current strategy as a tree from focus areas to goals, and to the actions and projects under each goal. */
@IntegrationTest
class StrategyOverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Actions actions;

	@Autowired
	Indicators indicators;

	@Test
	void showsEachGoalWithItsActionsAndProjectsAtAGlance() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Tietohallintostrategia 2025–2028", 2025, 2028, "Visio", "", List.of());
		strategies.makeCurrent(org.id(), strategy.getId());
		var area = focusAreas.add(org.id(), strategy.getId(), "Sujuvat sähköiset palvelut", "");
		var quiet = goals.add(org.id(), "Seudullinen yhteistyö");
		var unplaced = goals.add(org.id(), "Vielä sijoittamaton tavoite");
		place(org, org.goalId(), area.getId());
		place(org, quiet.id(), area.getId());
		actions.add(org.id(), org.goalId(), "Laaditaan asioinnin tiekartta.", ActionResponsible.role("johtaja"), "2026",
				ActionStatus.DONE, "");
		actions.add(org.id(), org.goalId(), "Siirretään hakemukset verkkoon.", ActionResponsible.role("johtaja"),
				"2026", ActionStatus.IN_PROGRESS, "");
		var measure = indicators.add(org.id(), new IndicatorDefinition(null, area.getId(), "Sähköisen asioinnin osuus",
				"%", IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of()));
		var user = org.itManager().asUser();
		var first = projects.create(user, serving(data.card(org, "Asiointipalvelu"), "1.1", Status.IN_PROGRESS,
				List.of(org.goalId()), oneOff(2025, "1000")));
		projects.create(user, serving(data.card(org, "Ajanvaraus"), "1.2", Status.APPROVED, List.of(org.goalId()),
				oneOff(2025, "1000")));
		projects.create(user, serving(data.card(org, "Peruttu"), "1.3", Status.CANCELLED, List.of(org.goalId()),
				oneOff(2025, "1000")));

		String html = readable(mvc.perform(get("/strategy").with(org.viewer().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(html).contains("<h1>Tietohallintostrategia 2025–2028</h1>", "Sujuvat sähköiset palvelut")
			.contains("/strategy/goals/" + org.goalId(), "/strategy/goals/" + quiet.id())
			.contains("/strategy/indicators/" + measure.getId(), "Sähköisen asioinnin osuus", "Ei mitattu")
			.contains("2 toimenpidettä, 1 valmiina · 2 projektia")
			.contains("Laaditaan asioinnin tiekartta.", "Valmis", "Siirretään hakemukset verkkoon.")
			.contains("/projects/" + first.getId(), "1.1 Asiointipalvelu", "1.2 Ajanvaraus", "Hyväksytty")
			.doesNotContain("Peruttu")
			.contains("ei toimenpiteitä · ei projekteja",
					"Tavoitteen eteen ei ole vielä toimenpiteitä eikä projekteja.")
			.contains("Tavoitteet, joita ei ole sijoitettu millekään painopistealueelle",
					"/strategy/goals/" + unplaced.id());
		int areaAt = html.indexOf("Sujuvat sähköiset palvelut");
		assertThat(html.indexOf("1.1 Asiointipalvelu")).as("projects sit under their goal in the tree")
			.isGreaterThan(areaAt)
			.isLessThan(html.indexOf("Seudullinen yhteistyö"));
	}

	private void place(TestData.Org org, java.util.UUID goalId, java.util.UUID areaId) {
		var goal = goals.get(org.id(), goalId);
		goals.revise(org.id(), goalId, goal.getName(), areaId, "", "", List.of(), goal.getVersion());
	}

}
