package fi.ohjaamo.strategy.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.Browserless;
import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.GoalProject;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorMeasurement;
import fi.ohjaamo.strategy.IndicatorStatus;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.YearCosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static fi.ohjaamo.ServingCards.oneOff;
import static fi.ohjaamo.ServingCards.recurringWithVat;
import static fi.ohjaamo.ServingCards.serving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A goal's own page: its place in the strategy, its actions, indicators and the projects serving it. */
@IntegrationTest
public class GoalPageIntegrationTests {

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
	CityGoals cityGoals;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Actions actions;

	@Autowired
	Indicators indicators;

	@Autowired
	GoalPages pages;

	@Test
	void showsTheGoalInItsStrategyWithActionsIndicatorsAndProjects() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia 2025–2028", 2025, 2028, "", "", List.of());
		var area = focusAreas.add(org.id(), strategy.getId(), "Sujuvat sähköiset palvelut", "");
		var city = cityGoals.add(org.id(), "Elinvoimainen kaupunki");
		var goal = goals.get(org.id(), org.goalId());
		goals.revise(org.id(), goal.getId(), goal.getName(), area.getId(), "Asiointi siirtyy verkkoon.",
				"Palvelumuotoilu ja käyttäjien osallistaminen", List.of(city.getId()), goal.getVersion());
		actions.add(org.id(), org.goalId(), "Laaditaan sähköisen asioinnin tiekartta.",
				ActionResponsible.role("tietohallintojohtaja"), "Q1/2026", ActionStatus.DONE, "Tiekartta hyväksytty.");
		actions.add(org.id(), org.goalId(), "Siirretään hakemukset verkkoon.", ActionResponsible.role("sivistysjohtaja"),
				"8/2026", ActionStatus.IN_PROGRESS, "");
		int year = LocalDate.now().getYear();
		var indicator = indicators.add(org.id(), new IndicatorDefinition(org.goalId(), "Sähköisten hakemusten osuus",
				"%", IndicatorDirection.HIGHER_IS_BETTER, null, null, List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, year, new BigDecimal("60")))));
		indicators.measure(org.id(), indicator.getId(),
				new IndicatorMeasurement(LocalDate.of(year, 1, 15), new BigDecimal("72"), "Asiointipalvelun raportti"));
		var other = goals.add(org.id(), "Tiedolla johtaminen");
		var user = org.itManager().asUser();
		// 10 000–20 000 € one-off in 2025 without VAT.
		var first = projects.create(user, serving(data.card(org, "Asiointipalvelu"), "1.1", Status.IN_PROGRESS,
				List.of(org.goalId()), oneOff(2025, "10000", "20000")));
		// 1 255 € a year with VAT is 1 000 € without it at 25.5 %, for 2025–2026; and 5 000 € one-off in 2026.
		projects.create(user, serving(data.card(org, "Ajanvaraus"), "1.2", Status.APPROVED,
				List.of(org.goalId(), other.id()), recurringWithVat(2025, 2026, "1255"), oneOff(2026, "5000")));
		projects.create(user, serving(data.card(org, "Peruttu kokeilu"), "1.3", Status.CANCELLED, List.of(org.goalId()),
				oneOff(2025, "99999")));
		projects.create(user, serving(data.card(org, "Tietovarasto"), "2.1", Status.IDEA, List.of(other.id()),
				oneOff(2025, "77777")));

		var page = pages.of(org.id(), org.goalId());

		assertThat(page.focusArea().getName()).isEqualTo("Sujuvat sähköiset palvelut");
		assertThat(page.cityGoals()).extracting(CityGoal::getName).containsExactly("Elinvoimainen kaupunki");
		assertThat(page.summary().actions()).hasSize(2);
		assertThat(page.summary().actionsDone()).isEqualTo(1);
		assertThat(page.summary().projects()).as("cancelled and other goals' projects are left out")
			.extracting(GoalProject::title)
			.containsExactly("Asiointipalvelu", "Ajanvaraus");
		assertThat(page.indicators()).singleElement().satisfies(i -> {
			assertThat(i.latest().value()).isEqualByComparingTo("72");
			assertThat(i.targetsThisYear()).singleElement().satisfies(t -> assertThat(t.value()).isEqualByComparingTo("60"));
			assertThat(i.status()).isEqualTo(IndicatorStatus.ON_TRACK);
		});
		assertThat(page.years()).extracting(YearCosts::year).containsExactly(2025, 2026);
		var y2025 = page.years().get(0);
		assertThat(y2025.oneOff().min()).isEqualByComparingTo("10000");
		assertThat(y2025.oneOff().max()).isEqualByComparingTo("20000");
		assertThat(y2025.recurring().min()).isEqualByComparingTo("1000");
		var y2026 = page.years().get(1);
		assertThat(y2026.oneOff().min()).isEqualByComparingTo("5000");
		assertThat(y2026.oneOff().isRange()).isFalse();
		assertThat(y2026.recurring().min()).isEqualByComparingTo("1000");
		assertThat(page.allYears().oneOff().min()).isEqualByComparingTo("15000");
		assertThat(page.allYears().oneOff().max()).isEqualByComparingTo("25000");
		assertThat(page.allYears().recurring().min()).isEqualByComparingTo("2000");
		assertThat(page.recurring().min()).as("recurring costs for one year").isEqualByComparingTo("1000");

		String html = readable(mvc.perform(get("/strategy/goals/{id}", org.goalId()).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html).contains("<h1>Asukaspalvelujen digitalisointi</h1>")
			.contains("Sujuvat sähköiset palvelut", "Asiointi siirtyy verkkoon.",
					"Palvelumuotoilu ja käyttäjien osallistaminen", "Elinvoimainen kaupunki")
			.contains("2 toimenpidettä, 1 valmiina · 2 projektia")
			.contains("Laaditaan sähköisen asioinnin tiekartta.", "tietohallintojohtaja", "Q1/2026", "Valmis",
					"Tiekartta hyväksytty.")
			.contains("/strategy/indicators/" + indicator.getId(), "Tavoite " + year, "Tavoitteessa")
			.contains("/projects/" + first.getId(), "Käynnissä", "Q3/2025–Q2/2026")
			.contains("10 000–20 000 €", "15 000–25 000 €", "5 000 €", "2 000 €")
			.doesNotContain("Peruttu kokeilu", "Tietovarasto")
			.doesNotContain("/strategy/goals/" + org.goalId() + "/edit");
		assertThat(readable(mvc.perform(get("/strategy/goals/{id}", org.goalId()).with(org.itManager().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("/strategy/goals/" + org.goalId() + "/edit")
			.contains("/strategy/goals/" + org.goalId() + "/actions");
	}

	@Test
	void aGoalWithNothingYetSaysSo() throws Exception {
		var org = data.organisation();
		String html = readable(mvc.perform(get("/strategy/goals/{id}", org.goalId()).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html).contains("Ei painopistealuetta", "Mikään projekti ei vielä palvele tätä tavoitetta.",
				"ei toimenpiteitä · ei projekteja");
	}

	@Test
	void anotherOrganisationsGoalIsAsUnknownAsARandomOne() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		String random = mvc.perform(get("/strategy/goals/{id}", UUID.randomUUID()).with(mine.viewer().signedIn()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String foreign = mvc.perform(get("/strategy/goals/{id}", theirs.goalId()).with(mine.viewer().signedIn()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Browserless.withoutCsrfTokens(foreign)).isEqualTo(Browserless.withoutCsrfTokens(random))
			.doesNotContain("Asukaspalvelujen");
	}

	public static String readable(String page) {
		return HtmlUtils.htmlUnescape(page).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
