package fi.ohjaamo.scenario;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management builds scenarios of the plan: takes proposals out, ideas in and shifts schedules, sees capacity and
 * costs per year beside the current plan; everyone reads them; another organisation's scenario is not found.
 */
@IntegrationTest
class ScenarioIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	Scenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	fi.ohjaamo.capacity.Capacities capacities;

	@Autowired
	fi.ohjaamo.organisation.Organisations organisations;

	ScenarioFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ScenarioFixtures(data, projects, capacities, mvc);
	}

	@Test
	void shiftingAProjectRemovesTheOverloadedQuarterAndMovesItsCosts() throws Exception {
		var org = data.organisation();
		fixtures.itCapacity(org, 2027, 2028, 40);
		fixtures.project(org, "Asiakastietojärjestelmä", Status.APPROVED, "Q1/2027", "Q4/2027", 120, 50000, 2027);
		var portal = fixtures.project(org, "Asukasportaali", Status.PROPOSAL, "Q1/2027", "Q2/2027", 60, 20000, 2027);

		String created = mvc.perform(post("/projects/scenarios").with(csrf()).param("name", "Kevennetty 2027")
			.param("description", "Portaali vuotta myöhemmin").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var scenario = scenarios.of(org.id()).getFirst();
		assertThat(created).startsWith("/projects/scenarios/" + scenario.getId());
		String before = fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.viewer());
		assertThat(before).contains("Kevennetty 2027").contains("Ylikuormitus").contains("Q1/2027");

		mvc.perform(change(scenario.getId(), portal.getId(), "SHIFT", "Q1/2028", "Q2/2028", "Ei mahdu 2027")
			.param("version", String.valueOf(scenario.getVersion())).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());

		String after = fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.viewer());
		assertThat(after).contains("Aikataulu siirtyy: Q1/2027–Q2/2027 → Q1/2028–Q2/2028").contains("Ei mahdu 2027")
			.contains("(muutos \u221230)").contains("(muutos +30)").contains("(muutos \u221220 000)");
		var compare = fixtures.page(get("/projects/scenarios/compare").param("scenario", scenario.getId().toString()),
				org.viewer());
		assertThat(compare).contains("Nykyinen suunnitelma").contains("Kevennetty 2027").contains("ei ylikuormitusta");
		assertThat(audit(org)).contains("scenario.created", "scenario.changed");
	}

	@Test
	void aServiceAreaWithCapacityIsShownBesideItAndItsOverloadCompared() throws Exception {
		var org = data.organisation();
		String area = organisations.unitsOf(org.id()).serviceAreas().stream()
			.filter(u -> u.id().equals(org.serviceAreaId())).findFirst().orElseThrow().name();
		fixtures.capacities(org, 2027, 2028, 100, 20);
		var training = fixtures.serviceAreaProject(org, "Henkilöstön digikoulutus", "Q1/2027", "Q2/2027", 80);
		var scenario = scenarios.create(org.itManager().asUser(), "Koulutus syksyyn", "");
		scenarios.change(org.itManager().asUser(), scenario.getId(), new Scenarios.ChangeRequest(training.getId(),
				ChangeKind.SHIFT, "Q3/2027", "Q2/2028", "Opettajat vapaampia syksyllä"), scenario.getVersion());

		String page = fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.viewer());
		assertThat(page).contains("IT: kapasiteetti ja kysyntä neljännesvuosittain")
			.contains(area + ": kapasiteetti ja kysyntä neljännesvuosittain").contains("id=\"capacity-chart-1\"")
			.contains("Ylikuormitus").contains("palvelualue silloin, kun sille on asetettu kapasiteetti");
		String compare = fixtures.page(get("/projects/scenarios/compare").param("scenario", scenario.getId().toString()),
				org.viewer());
		assertThat(compare).contains(area + " Q1/2027, " + area + " Q2/2027").contains("ei ylikuormitusta");
	}

	@Test
	void onlyProposalsAndAssessedProjectsAreTakenOutAndOnlyIdeasTakenIn() throws Exception {
		var org = data.organisation();
		var approved = fixtures.project(org, "Päätetty hanke", Status.APPROVED, "2027", "2027", 10, 1000, 2027);
		var idea = fixtures.project(org, "Chatbot-idea", Status.IDEA, "2028", "2028", 10, 5000, 2028);
		var scenario = scenarios.create(org.itManager().asUser(), "Rajat", "");

		String refused = fixtures.page(change(scenario.getId(), approved.getId(), "OUT", "", "", "")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(refused).contains("id=\"kind-error\"").contains("Projektista on jo päätetty");
		String notIdea = fixtures.page(change(scenario.getId(), approved.getId(), "IN", "", "", "")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(notIdea).contains("Mukaan voi ottaa vain ideoita");

		mvc.perform(change(scenario.getId(), idea.getId(), "IN", "", "", "Kokeilu")
			.param("version", String.valueOf(scenario.getVersion())).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		var saved = scenarios.get(org.id(), scenario.getId());
		assertThat(saved.getChanges()).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ChangeKind.IN);
			assertThat(c.projectTitle()).isEqualTo("Chatbot-idea");
		});
		assertThat(fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.viewer()))
			.contains("Otetaan mukaan ehdotuksena").contains("(muutos +5 000)");
	}

	@Test
	void aShiftNeedsAReadableScheduleThatDoesNotEndBeforeItStartsAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var project = fixtures.project(org, "Siirrettävä", Status.PROPOSAL, "2027", "2027", 10, 1000, 2027);
		var scenario = scenarios.create(org.itManager().asUser(), "Validointi", "");

		String empty = fixtures.page(change(scenario.getId(), project.getId(), "SHIFT", "", "", "")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(empty).contains("id=\"newStart-error\"").contains("Anna uusi alku.").contains("Anna uusi loppu.");
		String malformed = fixtures.page(change(scenario.getId(), project.getId(), "SHIFT", "kesällä", "Q2/2026", "syy")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(malformed).contains("Kirjoita vuosi, neljännes tai kuukausi").contains("value=\"kesällä\"")
			.contains("value=\"syy\"");
		String backwards = fixtures.page(change(scenario.getId(), project.getId(), "SHIFT", "Q3/2028", "Q2/2028", "")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(backwards).contains("id=\"newEnd-error\"").contains("Loppu ei voi olla ennen alkua.");
		String noProject = fixtures.page(post("/projects/scenarios/{id}/changes", scenario.getId()).with(csrf())
			.param("kind", "SHIFT").param("newStart", "2028").param("newEnd", "2028")
			.param("version", String.valueOf(scenario.getVersion())), org.itManager());
		assertThat(noProject).contains("id=\"projectId-error\"").contains("Valitse projekti.");
		String noName = fixtures.page(post("/projects/scenarios").with(csrf()).param("name", " "), org.itManager());
		assertThat(noName).contains("id=\"name-error\"");
		assertThat(scenarios.get(org.id(), scenario.getId()).getChanges()).isEmpty();
	}

	@Test
	void aStaleSaveShowsTheScenarioAsItIsNowAndKeepsTheTypedChange() throws Exception {
		var org = data.organisation();
		var first = fixtures.project(org, "Ensimmäinen", Status.PROPOSAL, "2027", "2027", 10, 1000, 2027);
		var second = fixtures.project(org, "Toinen", Status.PROPOSAL, "2027", "2027", 10, 1000, 2027);
		var scenario = scenarios.create(org.itManager().asUser(), "Yhteinen", "");
		long seen = scenario.getVersion();
		scenarios.change(org.itManager().asUser(), scenario.getId(),
				new Scenarios.ChangeRequest(first.getId(), ChangeKind.OUT, "", "", "Kollegan muutos"), seen);

		String stale = fixtures.page(change(scenario.getId(), second.getId(), "SHIFT", "2029", "2029", "Oma perustelu")
			.param("version", String.valueOf(seen)), org.itManager());
		assertThat(stale).contains("Toinen käyttäjä tallensi skenaarion sillä välin").contains("Kollegan muutos")
			.contains("value=\"2029\"").contains("value=\"Oma perustelu\"");
		var now = scenarios.get(org.id(), scenario.getId());
		assertThat(now.getChanges()).extracting(ScenarioChange::projectTitle).containsExactly("Ensimmäinen");
		assertThat(stale).contains("name=\"version\" value=\"" + now.getVersion() + "\"");

		String renamed = fixtures.page(post("/projects/scenarios/{id}", scenario.getId()).with(csrf()).param("name", "Minun nimeni")
			.param("description", "").param("version", String.valueOf(seen)), org.itManager());
		assertThat(renamed).contains("Joku muu tallensi tämän sillä aikaa").contains("value=\"Minun nimeni\"")
			.contains("<p class=\"merge-value\">Yhteinen</p>");
		assertThat(scenarios.get(org.id(), scenario.getId()).getName()).isEqualTo("Yhteinen");
	}

	@Test
	void othersReadButOnlyItManagementPlansAndAnotherOrganisationsScenarioIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var project = fixtures.project(mine, "Oma hanke", Status.PROPOSAL, "2027", "2027", 10, 1000, 2027);
		var own = scenarios.create(mine.itManager().asUser(), "Oma skenaario", "");
		var their = scenarios.create(theirs.itManager().asUser(), "Heidän skenaarionsa", "");

		mvc.perform(get("/projects/scenarios/{id}", own.getId()).with(mine.viewer().signedIn())).andExpect(status().isOk());
		mvc.perform(get("/projects/scenarios/new").with(mine.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(change(own.getId(), project.getId(), "OUT", "", "", "").param("version", "0")
			.with(mine.projectManager().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/projects/scenarios/{id}/adopt", own.getId()).with(csrf()).param("version", "0")
			.with(mine.viewer().signedIn())).andExpect(status().isForbidden());
		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/projects/scenarios/{id}", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/projects/scenarios/{id}/adopt", id).with(csrf()).param("version", "0")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		// Their project cannot be put into my scenario either.
		var theirProject = fixtures.project(theirs, "Heidän hankkeensa", Status.PROPOSAL, "2027", "2027", 10, 1, 2027);
		mvc.perform(change(own.getId(), theirProject.getId(), "OUT", "", "", "").param("version", "0")
			.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		assertThat(fixtures.page(get("/projects/scenarios"), mine.viewer())).contains("Oma skenaario")
			.doesNotContain("Heidän skenaarionsa").doesNotContain("/projects/scenarios/new");
		assertThat(fixtures.page(get("/projects/scenarios/compare").param("scenario", their.getId().toString()), mine.viewer()))
			.doesNotContain("Heidän skenaarionsa");
	}

	@Test
	void theCurrentPlansCostsPerYearCountRecurringCostsIntoTheFollowingYears() throws Exception {
		var org = data.organisation();
		fixtures.project(org, "Kustannuksellinen", Status.APPROVED, "2027", "2027", 10, 30000, 2027);
		fixtures.project(org, "Pelkkä idea", Status.IDEA, "2027", "2027", 10, 999999, 2027);
		String costs = fixtures.page(get("/projects/costs"), org.viewer());
		assertThat(costs).contains("Kustannukset vuosittain").contains("30 000 €").contains("1 000 €")
			.doesNotContain("999 999");
		assertThat(fixtures.page(get("/projects"), org.viewer())).contains("href=\"/projects/costs\"")
			.contains("href=\"/projects/scenarios\"");
	}

	static MockHttpServletRequestBuilder change(UUID scenario, UUID project, String kind, String start, String end,
			String reason) {
		return post("/projects/scenarios/{id}/changes", scenario).with(csrf()).param("projectId", project.toString())
			.param("kind", kind).param("newStart", start).param("newEnd", end).param("reason", reason);
	}

	private java.util.List<String> audit(TestData.Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org order by action")
			.param("org", org.id()).query(String.class).list();
	}

}
