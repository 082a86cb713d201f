package fi.ohjaamo.organisation;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A person with roles in two organisations works in one at a time and switches between them. */
@IntegrationTest
class OrganisationSwitchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Organisations organisations;

	@Test
	void switchesToAnotherOwnOrganisationButNeverToAForeignOne() throws Exception {
		var first = data.organisation();
		var second = data.organisation();
		var foreign = data.organisation();
		var person = first.itManager();
		organisations.grant(person.id(), second.id(), Role.VIEWER, null);
		data.project(first, "Ensimmäisen hanke");
		data.project(second, "Toisen hanke");
		data.project(foreign, "Vieras hanke");
		var session = new MockHttpSession();

		String before = page(session, person);
		assertThat(before).contains(first.name()).contains(second.name()).doesNotContain(foreign.name());

		mvc.perform(post("/organisation").param("organisationId", second.id().toString()).session(session).with(csrf())
			.with(person.signedIn()));
		assertThat(page(session, person)).contains("Toisen hanke").doesNotContain("Ensimmäisen hanke");

		mvc.perform(post("/organisation").param("organisationId", foreign.id().toString()).session(session).with(csrf())
			.with(person.signedIn()));
		assertThat(page(session, person)).contains("Toisen hanke").doesNotContain("Vieras hanke");

		mvc.perform(post("/organisation").param("organisationId", first.id().toString()).session(session).with(csrf())
			.with(person.signedIn()));
		assertThat(page(session, person)).contains("Ensimmäisen hanke").doesNotContain("Toisen hanke");
	}

	private String page(MockHttpSession session, TestData.Person person) throws Exception {
		return mvc.perform(get("/projects").session(session).with(person.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
