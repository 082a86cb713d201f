package fi.ohjaamo.scenario;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adopting a scenario changes the real cards, each change a new kept revision, all or nothing; a card that moved on
 * so that its change no longer fits stops the adoption and nothing is written.
 */
@IntegrationTest
class ScenarioAdoptionIntegrationTests {

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

	ScenarioFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ScenarioFixtures(data, projects, capacities, mvc);
	}

	@Test
	void adoptionWritesEveryChangeOntoTheCardsAsNewRevisions() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var running = fixtures.project(org, "Käynnissä oleva", Status.IN_PROGRESS, "Q1/2027", "Q4/2027", 80, 1000, 2027);
		var assessed = fixtures.project(org, "Arvioitu ehdotus", Status.ASSESSED, "2027", "2027", 40, 1000, 2027);
		var idea = fixtures.project(org, "Hyvä idea", Status.IDEA, "2028", "2028", 20, 1000, 2028);
		var scenario = scenarios.create(user, "Tasapainotettu", "");
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(running.getId(), ChangeKind.SHIFT,
				"Q2/2027", "Q1/2028", "Resurssit"), scenario.getVersion());
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(assessed.getId(), ChangeKind.OUT, "", "",
				""), scenarios.get(org.id(), scenario.getId()).getVersion());
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(idea.getId(), ChangeKind.IN, "Q3/2027",
				"Q2/2028", ""), scenarios.get(org.id(), scenario.getId()).getVersion());
		long version = scenarios.get(org.id(), scenario.getId()).getVersion();

		mvc.perform(post("/projects/scenarios/{id}/adopt", scenario.getId()).with(csrf())
			.param("version", String.valueOf(version)).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/projects/scenarios/" + scenario.getId() + "?adopted"));

		var shifted = projects.get(org.id(), running.getId());
		assertThat(shifted.card().scheduleStart()).isEqualTo("Q2/2027");
		assertThat(shifted.card().scheduleEnd()).isEqualTo("Q1/2028");
		assertThat(shifted.getStatus()).isEqualTo(Status.IN_PROGRESS);
		assertThat(projects.history(org.id(), running.getId())).hasSize(2);

		var out = projects.get(org.id(), assessed.getId());
		assertThat(out.getStatus()).isEqualTo(Status.IDEA);
		assertThat(out.card().scheduleNote()).contains("Tasapainotettu");
		// Assessed → proposal → idea: a status moves one step at a time, each a kept revision.
		assertThat(projects.history(org.id(), assessed.getId())).extracting(r -> r.card().status())
			.containsExactly(Status.IDEA, Status.PROPOSAL, Status.ASSESSED);

		var taken = projects.get(org.id(), idea.getId());
		assertThat(taken.getStatus()).isEqualTo(Status.PROPOSAL);
		assertThat(taken.card().scheduleStart()).isEqualTo("Q3/2027");

		var adopted = scenarios.get(org.id(), scenario.getId());
		assertThat(adopted.getStatus()).isEqualTo(ScenarioStatus.ADOPTED);
		assertThat(adopted.getDecidedBy()).isEqualTo(org.itManager().name());
		String page = fixtures.page(get("/projects/scenarios/{id}", scenario.getId()), org.itManager());
		assertThat(page).contains("Otettu käyttöön").doesNotContain("Tallenna muutos")
			.doesNotContain("Ota skenaario käyttöön");
		mvc.perform(ScenarioIntegrationTests.change(scenario.getId(), running.getId(), "SHIFT", "2030", "2030", "")
			.param("version", String.valueOf(adopted.getVersion())).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(scenarios.get(org.id(), scenario.getId()).getChanges()).hasSize(3);
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and object_id = :id")
			.param("org", org.id()).param("id", scenario.getId().toString()).query(String.class).list())
			.contains("scenario.adopted");
		assertThat(fixtures.page(get("/projects/{id}/history", running.getId()), org.viewer())).contains(org.itManager().name());
	}

	@Test
	void aCardThatNoLongerAllowsItsChangeStopsTheAdoptionAndNothingIsWritten() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var proposal = fixtures.project(org, "Ehdotus joka hyväksyttiin", Status.PROPOSAL, "2027", "2027", 40, 1000, 2027);
		var other = fixtures.project(org, "Siirrettävä hanke", Status.APPROVED, "2027", "2027", 40, 1000, 2027);
		var scenario = scenarios.create(user, "Vanhentunut", "");
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(other.getId(), ChangeKind.SHIFT, "2028",
				"2028", ""), scenario.getVersion());
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(proposal.getId(), ChangeKind.OUT, "", "",
				""), scenarios.get(org.id(), scenario.getId()).getVersion());
		var current = projects.get(org.id(), proposal.getId());
		projects.revise(user, proposal.getId(), current.card().withStatus(Status.APPROVED), current.getRevision());
		long version = scenarios.get(org.id(), scenario.getId()).getVersion();

		String page = fixtures.page(post("/projects/scenarios/{id}/adopt", scenario.getId()).with(csrf())
			.param("version", String.valueOf(version)), org.itManager());

		assertThat(page).contains("Skenaariota ei otettu käyttöön").contains("Ehdotus joka hyväksyttiin")
			.contains("tila on nyt Hyväksytty");
		assertThat(projects.get(org.id(), other.getId()).card().scheduleStart()).isEqualTo("2027");
		assertThat(projects.get(org.id(), other.getId()).getRevision()).isEqualTo(other.getRevision());
		assertThat(scenarios.get(org.id(), scenario.getId()).getStatus()).isEqualTo(ScenarioStatus.DRAFT);
	}

	@Test
	void aStaleAdoptionWritesNothing() throws Exception {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var project = fixtures.project(org, "Hanke", Status.APPROVED, "2027", "2027", 40, 1000, 2027);
		var scenario = scenarios.create(user, "Kilpailu", "");
		scenarios.change(user, scenario.getId(), new Scenarios.ChangeRequest(project.getId(), ChangeKind.SHIFT, "2029",
				"2029", ""), scenario.getVersion());

		mvc.perform(post("/projects/scenarios/{id}/adopt", scenario.getId()).with(csrf())
			.param("version", String.valueOf(scenario.getVersion())).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/projects/scenarios/" + scenario.getId() + "?stale"));
		assertThat(projects.get(org.id(), project.getId()).card().scheduleStart()).isEqualTo("2027");
		assertThat(scenarios.get(org.id(), scenario.getId()).isDraft()).isTrue();
	}

}
