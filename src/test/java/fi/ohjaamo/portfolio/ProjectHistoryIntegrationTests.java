package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProjectHistoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void keepsEveryRevisionOfTheCardWithWhoAndWhen() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Versioitava");
		var form = ProjectForms.of(project.card());
		mvc.perform(form.with("scheduleEnd", "Q4/2026").post(project.getId(), 1).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form.with("scheduleEnd", "Q4/2026").with("status", "APPROVED").post(project.getId(), 2)
			.with(org.areaEditor().signedIn())).andExpect(status().is3xxRedirection());

		var history = projects.history(org.id(), project.getId());
		assertThat(history).extracting(Revision::number).containsExactly(3, 2, 1);
		assertThat(history).extracting(Revision::authorName).containsExactly("Essi Editori", "Iida IT", "Iida IT");
		assertThat(history.get(2).card().scheduleEnd()).isEqualTo("Q2/2026");
		assertThat(history.get(0).card().status()).isEqualTo(Status.APPROVED);

		String page = ProjectFormIntegrationTests.readable(mvc.perform(get("/projects/{id}/history", project.getId())
			.with(org.viewer().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Essi Editori").contains("Tila").contains("Aikataulu").contains("Kortti luotiin");
	}

	@Test
	void showsAReadableDiffBetweenAnyTwoVersions() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Vertailtava");
		var form = ProjectForms.of(project.card());
		mvc.perform(form.with("description", "Uusitaan kytkimet ja tukiasemat").post(project.getId(), 1)
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		mvc.perform(form.with("description", "Uusitaan kytkimet ja tukiasemat").with("priority", "HIGH")
			.post(project.getId(), 2)
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		String diff = ProjectFormIntegrationTests.readable(mvc.perform(get("/projects/{id}/diff", project.getId())
			.param("from", "3")
			.param("to", "1")
			.with(org.viewer().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(diff).contains("Kuvaus")
			.contains("<ins class=\"diff-added\">Uusitaan</ins>")
			.contains("Prioriteetti")
			.contains("Korkea")
			.doesNotContain("<th scope=\"row\">Kehittämiskohteen nimi</th>");
		mvc.perform(get("/projects/{id}/diff", project.getId()).param("from", "1").param("to", "9")
			.with(org.viewer().signedIn())).andExpect(status().isNotFound());
	}

}
