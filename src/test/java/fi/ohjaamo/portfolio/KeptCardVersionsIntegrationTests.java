package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Versions kept before the stored shape had a schema stay readable next to versions saved now. */
@IntegrationTest
class KeptCardVersionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aVersionKeptBeforeTheSchemaIsReadAndComparedWithOneSavedNow() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Vanha versio");
		var first = project.card();
		mvc.perform(ProjectForms.of(first).with("description", "Uusi kuvaus").post(project.getId(), 1)
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		// The first version as the application stored it before the shape had a schema: the bare card.
		var stored = json.readTree(content(project, 1));
		jdbc.sql("update project_revision set content = :content where project_id = :id and revision = 1")
			.param("content", json.writeValueAsString(stored.get("card")))
			.param("id", project.getId())
			.update();

		assertThat(content(project, 2)).startsWith("{\"schema\":2,\"card\":{\"title\":\"Vanha versio\"");
		assertThat(content(project, 1)).startsWith("{\"title\":\"Vanha versio\"");
		assertThat(projects.revision(org.id(), project.getId(), 1).card()).isEqualTo(first);
		String diff = ProjectFormIntegrationTests.readable(mvc.perform(get("/projects/{id}/diff", project.getId())
			.param("from", "1")
			.param("to", "2")
			.with(org.viewer().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(diff).contains("<th scope=\"row\">Kuvaus</th>")
			.contains("<del class=\"diff-removed\">Vanha versio</del>")
			.contains("<ins class=\"diff-added\">Uusi</ins>");
	}

	private String content(Project project, int revision) {
		return jdbc.sql("select content from project_revision where project_id = :id and revision = :revision")
			.param("id", project.getId())
			.param("revision", revision)
			.query(String.class)
			.single();
	}

}
