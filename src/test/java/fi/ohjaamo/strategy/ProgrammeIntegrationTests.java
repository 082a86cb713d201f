package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.programmes.Programme;
import fi.ohjaamo.strategy.programmes.SpearheadTheme;
import fi.ohjaamo.strategy.programmes.Worksite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Programmes with their spearhead themes and worksites: written by IT management, read by everyone, audited. */
@IntegrationTest
class ProgrammeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Autowired
	Strategies strategies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void buildsAProgrammeTreeOfThemesAndWorksitesThroughTheFormsAndAuditsEveryWrite() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Tietohallintostrategia 2024–2027", 2024, 2027, "", "", List.of());
		String created = mvc.perform(post("/strategy/programmes").with(csrf())
			.param("name", "Digitalisaatio-ohjelma 2025–2028")
			.param("startYear", "2025")
			.param("endYear", "2028")
			.param("status", "ACTIVE")
			.param("strategyId", strategy.getId().toString())
			.param("description", "Strategian tavoitteet käytäntöön")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		var programme = programmes.of(org.id()).getFirst();
		assertThat(created).isEqualTo("/strategy/programmes/" + programme.getId() + "?saved");
		assertThat(programme.getStrategyId()).isEqualTo(strategy.getId());

		mvc.perform(post("/strategy/programmes/{id}/themes", programme.getId()).with(csrf())
			.param("name", "Digitaaliset palvelut").param("description", "Asiointi verkossa")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var theme = themes.of(org.id(), programme.getId()).getFirst();
		mvc.perform(post("/strategy/themes/{id}/worksites", theme.getId()).with(csrf())
			.param("name", "Sähköinen asiointi")
			.param("description", "Asiointipalvelu ja tunnistus")
			.param("responsible", "unit:" + org.unitId())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(page(get("/strategy/programmes"), org.viewer())).contains("Digitalisaatio-ohjelma 2025–2028")
			.contains("2025–2028")
			.contains("Käynnissä")
			.doesNotContain("href=\"/strategy/programmes/new\"");
		String tree = page(get("/strategy/programmes/{id}", programme.getId()), org.viewer());
		assertThat(tree).contains("Tietohallintostrategia 2024–2027", "Digitaaliset palvelut", "Sähköinen asiointi",
				"Sivistyspalvelut / Varhaiskasvatus", "Ei projekteja salkussa")
			.doesNotContain("action=\"/strategy/programmes/" + programme.getId() + "/themes\"");
		assertThat(audit(org)).containsSubsequence("strategy.programme-created", "strategy.spearhead-theme-added",
				"strategy.worksite-added");
	}

	@Test
	void refusesAMissingNameAndYearsTheWrongWayRoundNextToTheFieldsKeepingTheInput() throws Exception {
		var org = data.organisation();
		String page = page(post("/strategy/programmes").with(csrf())
			.param("name", " ")
			.param("startYear", "2028")
			.param("endYear", "2025")
			.param("status", "DRAFT")
			.param("description", "Kirjoitettu kuvaus"), org.itManager());
		assertThat(page).contains("id=\"name-error\"", "Täytä tämä kohta.", "id=\"endYear-error\"",
				"Päättymisvuosi ei voi olla ennen alkuvuotta.", "Kirjoitettu kuvaus", "value=\"2028\"");
		assertThat(programmes.of(org.id())).isEmpty();

		var programme = programme(org);
		assertThat(page(post("/strategy/programmes/{id}/themes", programme.getId()).with(csrf()).param("name", ""),
				org.itManager())).contains("id=\"name-error\"");
		var theme = themes.add(org.id(), programme.getId(), "Teema", "");
		String worksite = page(post("/strategy/themes/{id}/worksites", theme.getId()).with(csrf())
			.param("name", "Työmaa").param("responsible", "role").param("role", ""), org.itManager());
		assertThat(worksite).contains("id=\"role-error\"", "Kuvaa rooli", "value=\"Työmaa\"");
		assertThat(worksites.ofTheme(org.id(), theme.getId())).isEmpty();
	}

	@Test
	void themesAndWorksitesMoveUpAndDown() throws Exception {
		var org = data.organisation();
		var programme = programme(org);
		var first = themes.add(org.id(), programme.getId(), "Ensimmäinen", "");
		var second = themes.add(org.id(), programme.getId(), "Toinen", "");
		mvc.perform(post("/strategy/themes/{id}/up", second.getId()).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(themes.of(org.id(), programme.getId())).extracting(SpearheadTheme::getName)
			.containsExactly("Toinen", "Ensimmäinen");
		var a = worksites.add(org.id(), first.getId(), "A", "", ActionResponsible.role("kehittämispäällikkö"));
		worksites.add(org.id(), first.getId(), "B", "", ActionResponsible.role(""));
		mvc.perform(post("/strategy/worksites/{id}/down", a.getId()).with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(worksites.ofTheme(org.id(), first.getId())).extracting(Worksite::getName).containsExactly("B", "A");
		assertThat(audit(org)).contains("strategy.spearhead-theme-moved", "strategy.worksite-moved");
	}

	@Test
	void aSaveBasedOnAnOutdatedViewShowsTheOtherValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var programme = programme(org);
		long seen = programme.getVersion();
		mvc.perform(programmeEdit(programme.getId(), "Ensimmäisen nimi", seen).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		String conflict = page(programmeEdit(programme.getId(), "Toisen nimi", seen), org.administrator());
		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Ensimmäisen nimi</p>")
			.contains("value=\"Toisen nimi\"");
		assertThat(programmes.get(org.id(), programme.getId()).getName()).isEqualTo("Ensimmäisen nimi");

		var theme = themes.add(org.id(), programme.getId(), "Teema", "");
		var site = worksites.add(org.id(), theme.getId(), "Alkuperäinen", "", ActionResponsible.role(""));
		mvc.perform(post("/strategy/worksites/{id}", site.getId()).with(csrf()).param("name", "Ensimmäinen")
			.param("responsible", "unit:" + org.unitId()).param("version", String.valueOf(site.getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		String siteConflict = page(post("/strategy/worksites/{id}", site.getId()).with(csrf()).param("name", "Toinen")
			.param("responsible", "").param("version", String.valueOf(site.getVersion())), org.administrator());
		assertThat(siteConflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Ensimmäinen</p>")
			.contains("Sivistyspalvelut / Varhaiskasvatus").contains("value=\"Toinen\"");
		assertThat(worksites.get(org.id(), site.getId()).getName()).isEqualTo("Ensimmäinen");

		mvc.perform(post("/strategy/themes/{id}", theme.getId()).with(csrf()).param("name", "Uusi teema")
			.param("version", String.valueOf(theme.getVersion())).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(post("/strategy/themes/{id}", theme.getId()).with(csrf()).param("name", "Kolmas")
			.param("version", String.valueOf(theme.getVersion())), org.administrator()))
			.contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">Uusi teema</p>").contains("value=\"Kolmas\"");
		assertThat(audit(org)).contains("strategy.programme-revised", "strategy.worksite-revised",
				"strategy.spearhead-theme-revised");
	}

	@Test
	void othersReadProgrammesButCannotWriteThem() throws Exception {
		var org = data.organisation();
		var programme = programme(org);
		var theme = themes.add(org.id(), programme.getId(), "Teema", "");
		mvc.perform(get("/strategy/programmes/new").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(programmeEdit(programme.getId(), "Kaapattu", programme.getVersion())
			.with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/strategy/programmes/{id}/themes", programme.getId()).with(csrf()).param("name", "X")
			.with(org.projectManager().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/strategy/themes/{id}/worksites/new", theme.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		assertThat(programmes.get(org.id(), programme.getId()).getName()).isEqualTo("Ohjelma");
	}

	@Test
	void anotherOrganisationsProgrammesThemesAndWorksitesAreNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var programme = programme(theirs);
		var theme = themes.add(theirs.id(), programme.getId(), "Heidän teemansa", "");
		var site = worksites.add(theirs.id(), theme.getId(), "Heidän työmaansa", "", ActionResponsible.role(""));
		var me = mine.itManager();
		for (UUID id : new UUID[] { programme.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/programmes/{id}", id).with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(get("/strategy/programmes/{id}/edit", id).with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(programmeEdit(id, "Kaapattu", 0).with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/programmes/{id}/themes", id).with(csrf()).param("name", "Kaapattu")
				.with(me.signedIn())).andExpect(status().isNotFound());
		}
		for (UUID id : new UUID[] { theme.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/themes/{id}/edit", id).with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/themes/{id}/up", id).with(csrf()).with(me.signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/strategy/themes/{id}/worksites", id).with(csrf()).param("name", "Kaapattu")
				.with(me.signedIn())).andExpect(status().isNotFound());
		}
		for (UUID id : new UUID[] { site.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/strategy/worksites/{id}/edit", id).with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/worksites/{id}", id).with(csrf()).param("name", "Kaapattu").param("version", "0")
				.with(me.signedIn())).andExpect(status().isNotFound());
			mvc.perform(post("/strategy/worksites/{id}/down", id).with(csrf()).with(me.signedIn()))
				.andExpect(status().isNotFound());
		}
		var theirStrategy = strategies.create(theirs.id(), "Heidän strategiansa", 2024, 2027, "", "", List.of());
		assertThat(page(post("/strategy/programmes").with(csrf()).param("name", "Oma").param("startYear", "2025")
			.param("endYear", "2026").param("status", "DRAFT").param("strategyId", theirStrategy.getId().toString()),
				me)).contains("id=\"strategyId-error\"");
		assertThat(page(get("/strategy/programmes"), mine.viewer())).doesNotContain("Ohjelma<");
		assertThat(programmes.of(mine.id())).isEmpty();
		assertThat(worksites.get(theirs.id(), site.getId()).getName()).isEqualTo("Heidän työmaansa");
	}

	private Programme programme(TestData.Org org) {
		return programmes.create(org.id(), "Ohjelma", 2025, 2028, "", null, ProgrammeStatus.DRAFT);
	}

	private MockHttpServletRequestBuilder programmeEdit(UUID id, String name, long version) {
		return post("/strategy/programmes/{id}", id).with(csrf())
			.param("name", name)
			.param("startYear", "2025")
			.param("endYear", "2028")
			.param("status", "ACTIVE")
			.param("version", String.valueOf(version));
	}

	private List<String> audit(TestData.Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org order by occurred_at")
			.param("org", org.id())
			.query(String.class)
			.list();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
