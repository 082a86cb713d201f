package fi.ohjaamo.portfolio;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ProgrammeStatus;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.programmes.Worksite;
import fi.ohjaamo.strategy.Worksites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A project placed on a programme's worksite: on the card, in its history, in the portfolio and the programme. */
@IntegrationTest
class WorksiteCardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Test
	void aCardSavedOnAWorksiteShowsItOnTheCardTheHistoryAndTheProgramme() throws Exception {
		var org = data.organisation();
		var site = worksite(org, "Sähköisen asioinnin kokonaisuus");
		var project = data.project(org, "Asiointipalvelun käyttöönotto");

		mvc.perform(ProjectForms.of(project.card()).with("worksiteId", site.getId().toString())
			.post(project.getId(), 1)
			.with(org.itManager().signedIn())).andExpect(redirectedUrl("/projects/" + project.getId() + "?saved"));

		assertThat(projects.get(org.id(), project.getId()).card().worksiteId()).isEqualTo(site.getId());
		String path = "Digitalisaatio-ohjelma › Digitaaliset palvelut › Sähköisen asioinnin kokonaisuus";
		assertThat(page(get("/projects/{id}", project.getId()), org.viewer())).contains("Ohjelman työmaa", path);
		assertThat(page(get("/projects/{id}/print", project.getId()), org.viewer())).contains(path);
		assertThat(page(get("/projects/{id}/history", project.getId()), org.viewer())).contains("Ohjelman työmaa");
		assertThat(page(get("/projects/{id}/diff", project.getId()).param("from", "1").param("to", "2"), org.viewer()))
			.contains("Ohjelman työmaa")
			.contains("Sähköisen")
			.doesNotContain(site.getId().toString());
		assertThat(page(get("/projects/{id}/edit", project.getId()), org.itManager()))
			.contains("<optgroup label=\"Digitalisaatio-ohjelma › Digitaaliset palvelut\">")
			.contains("value=\"" + site.getId() + "\" selected=\"selected\"");

		String programme = page(get("/strategy/programmes/{id}", programmes.of(org.id()).getFirst().getId()),
				org.viewer());
		assertThat(programme).contains("Asiointipalvelun käyttöönotto", "(Ehdotus)", "1 projekti salkussa",
				"href=\"/projects?worksite=" + site.getId() + "\"");
	}

	@Test
	void aWorksiteOfAnotherOrganisationIsRefusedLikeAnUnknownOne() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		worksite(mine, "Oma työmaa");
		var theirSite = worksite(theirs, "Heidän työmaansa");
		var project = data.project(mine, "Oma projekti");
		for (UUID id : new UUID[] { theirSite.getId(), UUID.randomUUID() }) {
			String page = page(ProjectForms.of(project.card()).with("worksiteId", id.toString())
				.post(project.getId(), 1), mine.itManager());
			assertThat(page).contains("id=\"worksiteId-error\"", "Valitse työmaa luettelosta.")
				.doesNotContain("Heidän työmaansa");
			assertThatThrownBy(() -> projects.revise(mine.itManager().asUser(), project.getId(),
					project.card().onWorksite(id), 1)).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(projects.get(mine.id(), project.getId()).card().worksiteId()).isNull();
		assertThat(projects.get(mine.id(), project.getId()).getRevision()).isEqualTo(1);
	}

	@Test
	void theFieldAppearsOnlyWhenTheOrganisationHasProgrammes() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Ilman ohjelmaa");
		assertThat(page(get("/projects/{id}/edit", project.getId()), org.itManager())).doesNotContain("worksiteId");
		assertThat(page(get("/projects"), org.viewer())).doesNotContain("f-worksite");
		assertThat(page(get("/projects/{id}", project.getId()), org.viewer())).doesNotContain("Ohjelman työmaa");
		worksite(org, "Työmaa");
		assertThat(page(get("/projects/{id}/edit", project.getId()), org.itManager())).contains("id=\"worksiteId\"");
		assertThat(page(get("/projects"), org.viewer())).contains("id=\"f-worksite\"");
	}

	@Test
	void thePortfolioFiltersByWorksite() throws Exception {
		var org = data.organisation();
		var site = worksite(org, "Tietovarasto");
		var other = worksites.add(org.id(), site.getThemeId(), "Toinen työmaa", "", ActionResponsible.role(""));
		var onSite = data.project(org, "Raportoinnin uudistus");
		var onOther = data.project(org, "Muu projekti");
		data.project(org, "Ei työmaalla");
		projects.revise(org.itManager().asUser(), onSite.getId(), onSite.card().onWorksite(site.getId()), 1);
		projects.revise(org.itManager().asUser(), onOther.getId(), onOther.card().onWorksite(other.getId()), 1);

		String filtered = page(get("/projects").param("worksite", site.getId().toString()), org.viewer());
		assertThat(filtered).contains("Raportoinnin uudistus").doesNotContain("Muu projekti")
			.doesNotContain("Ei työmaalla")
			.contains("value=\"" + site.getId() + "\" selected=\"selected\"");
		assertThat(page(get("/projects"), org.viewer())).contains("Raportoinnin uudistus", "Muu projekti",
				"Ei työmaalla");
	}

	private Worksite worksite(TestData.Org org, String name) {
		var programme = programmes.of(org.id()).stream().findFirst().orElseGet(() -> programmes.create(org.id(),
				"Digitalisaatio-ohjelma", 2025, 2028, "", null, ProgrammeStatus.ACTIVE));
		var theme = themes.of(org.id(), programme.getId()).stream().findFirst()
			.orElseGet(() -> themes.add(org.id(), programme.getId(), "Digitaaliset palvelut", ""));
		return worksites.add(org.id(), theme.getId(), name, "", ActionResponsible.role("ohjelmapäällikkö"));
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return ProjectFormIntegrationTests.readable(
				mvc.perform(request.with(person.signedIn())).andReturn().getResponse().getContentAsString());
	}

}
