package fi.ohjaamo.portfolio;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A card names only its own organisation's people: a project manager of another organisation is refused next to
 * the field, and by the service whoever saves the card, instead of being saved and shown as "?".
 */
@IntegrationTest
class ForeignReferenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormRefusesAProjectManagerOfAnotherOrganisationNextToTheField() throws Exception {
		var org = data.organisation();
		var theirs = data.organisation();
		String title = "Vieras päällikkö " + UUID.randomUUID();
		var form = ProjectForms.of(data.card(org, title)).with("projectManagerId", theirs.projectManager().id().toString());

		String page = mvc.perform(form.create().with(org.itManager().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"projectManagerId-error\"").contains("aria-invalid=\"true\"");
		assertThat(jdbc.sql("select count(*) from project where title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	@Test
	void theServiceRefusesAProjectManagerOfAnotherOrganisationWhoeverSaves() {
		var org = data.organisation();
		var theirs = data.organisation();
		var card = managedBy(data.card(org, "Palvelun kautta"), theirs.projectManager().id());

		assertThatIllegalArgumentException().isThrownBy(() -> projects.create(org.itManager().asUser(), card))
			.withMessageContaining("projectManagerId");
		var project = data.project(org, "Muokattava");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> projects.revise(org.itManager().asUser(), project.getId(), card, 1));
		assertThat(projects.get(org.id(), project.getId()).card().projectManagerId()).isNull();
	}

	@Test
	void aPersonOfTheOrganisationIsAccepted() {
		var org = data.organisation();
		var project = projects.create(org.itManager().asUser(),
				managedBy(data.card(org, "Oma päällikkö"), org.projectManager().id()));

		assertThat(project.card().projectManagerId()).isEqualTo(org.projectManager().id());
	}

	private static ProjectCard managedBy(ProjectCard c, UUID managerId) {
		return c.toBuilder().projectManagerId(managerId).build();
	}

}
