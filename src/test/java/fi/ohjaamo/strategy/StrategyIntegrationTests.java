package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.strategies.Strategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management writes the organisation's IT strategies; everyone reads them; one is current at a time. */
@IntegrationTest
class StrategyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void itManagementWritesAStrategyWithItsPrinciplesAndPoliciesInOrder() throws Exception {
		var org = data.organisation();
		String location = mvc.perform(post("/strategy/strategies").with(csrf())
			.param("name", "Tietohallintostrategia 2024–2027")
			.param("startYear", "2024")
			.param("endYear", "2027")
			.param("vision", "Digitaaliset palvelut ensisijaisina")
			.param("mission", "Tuemme palvelualoja")
			.param("principles", "Pilvi ensin\n\n  Avoimet rajapinnat  ")
			.param("policies", "Yksi kirjautuminen")
			.with(org.itManager().signedIn())).andReturn().getResponse().getRedirectedUrl();

		var strategy = strategies.of(org.id()).getFirst();
		assertThat(location).isEqualTo("/strategy/strategies/" + strategy.getId() + "?saved");
		assertThat(strategy.getLines()).containsExactly(
				new StrategyLine(StrategyLineKind.PRINCIPLE, "Pilvi ensin"),
				new StrategyLine(StrategyLineKind.PRINCIPLE, "Avoimet rajapinnat"),
				new StrategyLine(StrategyLineKind.POLICY, "Yksi kirjautuminen"));
		assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.DRAFT);
		assertThat(page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer()))
			.contains("Digitaaliset palvelut ensisijaisina", "Avoimet rajapinnat", "Luonnos");
	}

	@Test
	void refusesAMissingNameAndAnEndBeforeTheStartNextToTheFields() throws Exception {
		var org = data.organisation();
		String answer = page(post("/strategy/strategies").with(csrf())
			.param("name", " ")
			.param("startYear", "2027")
			.param("endYear", "2024"), org.itManager());
		assertThat(answer).contains("id=\"name-error\"")
			.contains("id=\"endYear-error\"")
			.contains("Päättymisvuosi ei voi olla ennen alkuvuotta.");
		assertThat(strategies.of(org.id())).isEmpty();
	}

	@Test
	void refusesAnApprovalLinkThatIsNotAWebAddress() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org, "Strategia");
		String answer = page(post("/strategy/strategies/{id}/approval", strategy.getId()).with(csrf())
			.param("body", "Kaupunginhallitus")
			.param("date", "2024-03-11")
			.param("link", "javascript:alert(1)"), org.itManager());
		assertThat(answer).contains("id=\"link-error\"").contains("Anna verkko-osoite");
		assertThat(strategies.get(org.id(), strategy.getId()).getApproval()).isNull();

		mvc.perform(post("/strategy/strategies/{id}/approval", strategy.getId()).with(csrf())
			.param("body", "Kaupunginhallitus")
			.param("date", "2024-03-11")
			.param("minutesSection", "112")
			.param("link", "https://kuusijarvi.example/poytakirjat/2024-03-11")
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?approved"));
		var approved = strategies.get(org.id(), strategy.getId());
		assertThat(approved.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(approved.getApproval().minutesSection()).isEqualTo("112");
	}

	@Test
	void exactlyOneStrategyIsCurrent() throws Exception {
		var org = data.organisation();
		var old = strategy(org, "Strategia 2017–2021");
		var next = strategy(org, "Strategia 2022–2025");
		mvc.perform(post("/strategy/strategies/{id}/current", old.getId()).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy?madeCurrent"));
		mvc.perform(post("/strategy/strategies/{id}/current", next.getId()).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy?madeCurrent"));

		assertThat(strategies.of(org.id())).filteredOn(Strategy::isCurrent).extracting(Strategy::getName)
			.containsExactly("Strategia 2022–2025");
		assertThat(page(get("/strategy"), org.viewer())).contains("<h1>Strategia 2022–2025</h1>");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org order by occurred_at")
			.param("org", org.id())
			.query(String.class)
			.list()).containsSubsequence("strategy.strategy-created", "strategy.strategy-created",
					"strategy.strategy-made-current", "strategy.strategy-made-current");
	}

	@Test
	void anArchivedStrategyIsNoLongerCurrentAndCannotBecomeItAgain() {
		var org = data.organisation();
		var strategy = strategy(org, "Vanha strategia");
		strategies.makeCurrent(org.id(), strategy.getId());
		strategies.archive(org.itManager().asUser(), strategy.getId());
		assertThat(strategies.current(org.id())).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> strategies.makeCurrent(org.id(), strategy.getId()));
		assertThat(strategies.get(org.id(), strategy.getId()).isCurrent()).isFalse();
	}

	/** A page opened before the strategy was archived still has the button; pressing it explains instead of failing. */
	@Test
	void makingAnArchivedStrategyCurrentFromAnOldPageIsExplained() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org, "Vanha strategia");
		strategies.archive(org.itManager().asUser(), strategy.getId());
		mvc.perform(post("/strategy/strategies/{id}/current", strategy.getId()).with(csrf())
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?archivedCannotBeCurrent"));
		assertThat(strategies.current(org.id())).isEmpty();
		assertThat(page(get("/strategy/strategies/{id}?archivedCannotBeCurrent", strategy.getId()), org.itManager()))
			.contains("Arkistoitua strategiaa ei voi tehdä voimassa olevaksi.");
	}

	@Test
	void withoutACurrentStrategyTheStrategyPageSaysSo() throws Exception {
		var org = data.organisation();
		assertThat(page(get("/strategy"), org.viewer()))
			.contains("Organisaatiolla ei ole voimassa olevaa tietohallintostrategiaa.");
	}

	@Test
	void othersReadButCannotWrite() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org, "Strategia");
		assertThat(page(get("/strategy/strategies"), org.viewer())).contains("Strategia")
			.doesNotContain("/strategy/strategies/new");
		mvc.perform(get("/strategy/strategies/{id}/edit", strategy.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategy/strategies").with(csrf()).param("name", "Oma").param("startYear", "2024")
			.param("endYear", "2025").with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/strategy/strategies/{id}/current", strategy.getId()).with(csrf())
			.with(org.projectManager().signedIn())).andExpect(status().isForbidden());
		assertThat(strategies.current(org.id())).isEmpty();
	}

	@Test
	void anotherOrganisationsStrategyIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var strategy = strategy(theirs, "Heidän strategiansa");
		for (UUID id : new UUID[] { strategy.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/strategies/{id}", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/strategy/strategies/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/strategies/{id}/current", id).with(csrf()).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/strategies/{id}/focus-areas", id).with(csrf()).param("name", "Kaapattu")
				.with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		assertThat(strategies.get(theirs.id(), strategy.getId()).isCurrent()).isFalse();
	}

	@Test
	void aSaveBasedOnAnOutdatedViewShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var strategy = strategy(org, "Strategia");
		long seen = strategy.getVersion();
		mvc.perform(edit(strategy.getId(), "Visio A", seen).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/strategy/strategies/" + strategy.getId() + "?saved"));

		String conflict = page(edit(strategy.getId(), "Visio B", seen), org.administrator());

		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Visio A</p>").contains(">Visio B</textarea>");
		assertThat(strategies.get(org.id(), strategy.getId()).getVision()).isEqualTo("Visio A");
		long now = strategies.get(org.id(), strategy.getId()).getVersion();
		assertThat(conflict).contains("name=\"version\" value=\"" + now + "\"");
	}

	private MockHttpServletRequestBuilder edit(UUID id, String vision, long version) {
		return post("/strategy/strategies/{id}", id).with(csrf())
			.param("name", "Strategia")
			.param("startYear", "2024")
			.param("endYear", "2027")
			.param("vision", vision)
			.param("version", String.valueOf(version));
	}

	private Strategy strategy(TestData.Org org, String name) {
		return strategies.create(org.id(), name, 2024, 2027, "", "", List.of());
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
