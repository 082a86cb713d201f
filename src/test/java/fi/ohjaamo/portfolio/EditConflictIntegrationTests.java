package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two people edit the same card from the same version: the later save must not overwrite the earlier. */
@IntegrationTest
class EditConflictIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void laterSaveShowsTheOtherPersonsChangesAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Verkkouudistus");
		var form = ProjectForms.of(projects.get(org.id(), project.getId()).card());

		mvc.perform(form.with("title", "Verkkouudistus, vaihe 2").post(project.getId(), 1)
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String page = mvc.perform(form.with("description", "Minun huolellisesti kirjoittamani kuvaus")
			.post(project.getId(), 1)
			.with(org.areaEditor().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Joku muu tallensi kortin")
			.contains("Iida IT")
			.contains("Verkkouudistus, vaihe 2")
			.contains("Minun huolellisesti kirjoittamani kuvaus")
			.contains("name=\"baseRevision\" value=\"2\"");
		var saved = projects.get(org.id(), project.getId());
		assertThat(saved.getRevision()).isEqualTo(2);
		assertThat(saved.card().title()).isEqualTo("Verkkouudistus, vaihe 2");
		assertThat(saved.card().description()).isEqualTo("Kuvaus Verkkouudistus");
	}

	@Test
	void savingAgainFromTheConflictPageKeepsBothChanges() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Tunnistautuminen");
		var form = ProjectForms.of(project.card());
		mvc.perform(form.with("title", "Vahva tunnistautuminen").post(project.getId(), 1)
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		mvc.perform(form.with("title", "Vahva tunnistautuminen")
			.with("description", "Yhdistetty kuvaus")
			.post(project.getId(), 2)
			.with(org.areaEditor().signedIn())).andExpect(status().is3xxRedirection());

		var saved = projects.get(org.id(), project.getId()).card();
		assertThat(saved.title()).isEqualTo("Vahva tunnistautuminen");
		assertThat(saved.description()).isEqualTo("Yhdistetty kuvaus");
		assertThat(projects.history(org.id(), project.getId())).hasSize(3);
	}

	@Test
	void twoSavesFromTheSameVersionChangingDifferentFieldsBothSurvive() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Asianhallinta");
		var hers = editPage(project, org.itManager());
		var mine = editPage(project, org.areaEditor());

		mvc.perform(hers.with("title", "Asianhallinnan uudistus").post().with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(mine.with("description", "Minun kuvaukseni").post().with(org.areaEditor().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Toisen tallennuksesta otettiin yksi kenttä; yksikään kenttä ei vaadi valintaasi.")
			.contains("Tallentaja: Iida IT.");
		var merged = PostedForm.on(page, "/projects/" + project.getId());
		assertThat(merged.value("title")).as("their change is in the form").isEqualTo("Asianhallinnan uudistus");
		assertThat(merged.value("description")).isEqualTo("Minun kuvaukseni");
		assertThat(projects.get(org.id(), project.getId()).getRevision()).as("nothing saved on a stale base").isEqualTo(2);

		mvc.perform(merged.post().with(org.areaEditor().signedIn())).andExpect(status().is3xxRedirection());

		var saved = projects.get(org.id(), project.getId()).card();
		assertThat(saved.title()).isEqualTo("Asianhallinnan uudistus");
		assertThat(saved.description()).isEqualTo("Minun kuvaukseni");
	}

	@Test
	void aFieldBothChangedIsSavedOnlyOnceThePersonChoosesBetweenTheValues() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Sähköinen asiointi");
		var hers = editPage(project, org.itManager());
		var mine = editPage(project, org.areaEditor());

		mvc.perform(hers.with("description", "Iidan kuvaus").with("scheduleNote", "Iidan huomautus")
			.post()
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		String page = mvc.perform(mine.with("description", "Minun kuvaukseni")
			.with("costNote", "Minun kustannushuomautukseni")
			.post()
			.with(org.areaEditor().signedIn())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Toisen tallennuksesta otettiin yksi kenttä; yksi kenttä vaatii valintasi.")
			.contains("name=\"merge.choice.description\"")
			.contains("Iidan kuvaus")
			.contains("Ota arvo, jonka Iida IT tallensi");
		var merged = PostedForm.on(page, "/projects/" + project.getId());

		String unchosen = mvc.perform(merged.post().with(org.areaEditor().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		assertThat(projects.get(org.id(), project.getId()).getRevision()).isEqualTo(2);

		mvc.perform(PostedForm.on(unchosen, "/projects/" + project.getId())
			.with("merge.choice.description", "theirs")
			.post()
			.with(org.areaEditor().signedIn())).andExpect(status().is3xxRedirection());

		var saved = projects.get(org.id(), project.getId()).card();
		assertThat(saved.description()).isEqualTo("Iidan kuvaus");
		assertThat(saved.scheduleNote()).isEqualTo("Iidan huomautus");
		assertThat(saved.costNote()).isEqualTo("Minun kustannushuomautukseni");
	}

	@Test
	void keepingMineSavesMyValueOverTheirs() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Kirjastojärjestelmä");
		var hers = editPage(project, org.itManager());
		var mine = editPage(project, org.areaEditor());
		mvc.perform(hers.with("description", "Iidan kuvaus").post().with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(mine.with("description", "Minun kuvaukseni").post().with(org.areaEditor().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		mvc.perform(PostedForm.on(page, "/projects/" + project.getId())
			.with("merge.choice.description", "mine")
			.post()
			.with(org.areaEditor().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(projects.get(org.id(), project.getId()).card().description()).isEqualTo("Minun kuvaukseni");
	}

	private PostedForm editPage(Project project, TestData.Person person) throws Exception {
		String page = mvc.perform(get("/projects/" + project.getId() + "/edit").with(person.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return PostedForm.on(page, "/projects/" + project.getId());
	}

	@Test
	void aStaleEditIsRefusedByTheAggregateItself() {
		var org = data.organisation();
		var project = data.project(org, "Arkistointi");
		projects.revise(org.itManager().asUser(), project.getId(), project.card(), 1);
		assertThatThrownBy(() -> projects.revise(org.itManager().asUser(), project.getId(), project.card(), 1))
			.isInstanceOf(EditConflictException.class);
	}

	@Test
	void aConflictPageIsAlsoShownWhenTheFormIsStillInvalid() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Palveluportaali");
		var form = ProjectForms.of(project.card());
		mvc.perform(form.with("title", "Palveluportaali 2.0").post(project.getId(), 1).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(form.with("title", "").post(project.getId(), 1).with(org.areaEditor().signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Joku muu tallensi kortin");
	}

}
