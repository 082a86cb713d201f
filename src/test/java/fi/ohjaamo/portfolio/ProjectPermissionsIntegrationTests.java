package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may change what: IT management everything, a service area its own, a project manager theirs, a viewer nothing. */
@IntegrationTest
class ProjectPermissionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void aViewerReadsButCannotCreateOrEdit() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Luettava");
		String card = mvc.perform(get("/projects/{id}", project.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card).contains("Luettava").doesNotContain("/edit\"");
		mvc.perform(get("/projects/{id}/edit", project.getId()).with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects/new").with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(ProjectForms.of(project.card()).with("title", "Muutettu").post(project.getId(), 1)
			.with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(ProjectForms.of(project.card()).create().with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		assertThat(projects.get(org.id(), project.getId()).getRevision()).isEqualTo(1);
	}

	@Test
	void aServiceAreaEditorEditsOnlyTheirOwnServiceArea() throws Exception {
		var org = data.organisation();
		var own = data.project(org, "Oma palvelualue");
		var otherCard = data.card(org, "Toinen palvelualue");
		var other = projects.create(org.itManager().asUser(),
				otherCard.toBuilder().serviceAreaId(org.otherServiceAreaId()).unitId(null).build());
		var editor = org.areaEditor();

		mvc.perform(ProjectForms.of(own.card()).with("title", "Oma, päivitetty").post(own.getId(), 1)
			.with(editor.signedIn())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/{id}/edit", other.getId()).with(editor.signedIn())).andExpect(status().isForbidden());
		mvc.perform(ProjectForms.of(own.card())
			.with("title", "Siirto pois omalta alueelta")
			.with("serviceAreaId", org.otherServiceAreaId().toString())
			.with("unitId", "")
			.post(own.getId(), 2)
			.with(editor.signedIn())).andExpect(status().isForbidden());
		assertThat(projects.get(org.id(), own.getId()).getTitle()).isEqualTo("Oma, päivitetty");
	}

	@Test
	void aProjectManagerEditsTheProjectsTheyManage() throws Exception {
		var org = data.organisation();
		var manager = org.projectManager();
		var c = data.card(org, "Hallinnoitava");
		var managed = projects.create(org.itManager().asUser(),
				c.toBuilder().projectManagerId(manager.id()).build());
		var notManaged = data.project(org, "Jonkun muun");

		mvc.perform(ProjectForms.of(managed.card()).with("scheduleNote", "Viivästyy toimittajasta johtuen")
			.post(managed.getId(), 1)
			.with(manager.signedIn())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/{id}/edit", notManaged.getId()).with(manager.signedIn()))
			.andExpect(status().isForbidden());
		assertThat(projects.get(org.id(), managed.getId()).card().scheduleNote())
			.isEqualTo("Viivästyy toimittajasta johtuen");
	}

	@Test
	void onlyAdministratorsReadTheAuditLog() throws Exception {
		var org = data.organisation();
		mvc.perform(get("/admin/audit").with(org.itManager().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(org.administrator().signedIn())).andExpect(status().isOk());
	}

}
