package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A card whose costs include an unknown line still gets its deciding body when the known lines already pass the
 * limit, and otherwise the page says which rules it can and cannot decide and what to do.
 */
@IntegrationTest
class UnknownCostsDecisionPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	DecisionRules rules;

	@Autowired
	Approvals approvals;

	DecisionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DecisionFixtures(data, projects, bodies, rules);
	}

	@Test
	void knownLinesOverTheLimitNameTheBodyDespiteAnUnknownLine() throws Exception {
		var org = data.organisation();
		var division = fixtures.boardDivision(org);
		fixtures.overAMillion(org, division);
		var project = withUnknownLine(org, "Asiakastietojärjestelmä", "1200000");

		assertThat(approvals.standing(org.itManager().asUser(), project.getId()).body().getId())
			.isEqualTo(division.getId());
		assertThat(page(project, org.itManager())).contains("id=\"unknown-costs\"")
			.contains("Kortilla on yksi kustannusrivi ilman summaa.")
			.contains("Ratkaistavissa nyt:")
			.contains("tunnetut rivit jo 1 200 000");
	}

	@Test
	void knownLinesUnderTheLimitSayWhichRulesWaitForAnEstimateAndWhatToDo() throws Exception {
		var org = data.organisation();
		fixtures.overAMillion(org, fixtures.boardDivision(org));
		var project = withUnknownLine(org, "Pieni hanke", "10000");

		String page = page(project, org.itManager());
		assertThat(page).contains("Ei ratkaistavissa ennen kustannusarviota:")
			.contains("Yli miljoona euroa.")
			.contains("vaihteluväli riittää")
			.contains("href=\"/projects/" + project.getId() + "/edit\"");
	}

	private Project withUnknownLine(TestData.Org org, String title, String oneOff) {
		var card = data.card(org, title).withCosts(List.of(
				new CostLine(CostKind.ONE_OFF, 2026, null, new BigDecimal(oneOff), null, false, Vat.EXCLUDED, ""),
				new CostLine(CostKind.RECURRING, 2027, null, null, null, true, Vat.EXCLUDED, "")));
		return projects.create(org.itManager().asUser(), card);
	}

	private String page(Project project, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/projects/{id}/decision", project.getId())
			.with(person.signedIn())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.replace('\u00a0', ' ')
			.replace('\u202f', ' ');
	}

}
