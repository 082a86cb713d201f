package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
