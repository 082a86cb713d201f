package fi.ohjaamo.registers;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A project linked to a system shows on the system's page, and the system on the project's card. */
@IntegrationTest
class ProjectLinkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	ProjectLinks links;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSystemShowsItsProjectsAndTheCardItsSystems() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Asianhallintajärjestelmän uusiminen");
		var system = systems.add(org.id(), SystemDefinition.named("Kuntadiaari"));
		assertThat(page(mvc, get("/projects/" + project.getId()), org.viewer()))
			.contains("Projektia ei ole liitetty tietojärjestelmiin.");

		mvc.perform(post("/registers/systems/" + system.getId() + "/projects").with(csrf())
			.param("projectId", project.getId().toString()).param("relation", "REPLACES")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(page(mvc, get("/registers/systems/" + system.getId()), org.viewer()))
			.contains("Asianhallintajärjestelmän uusiminen").contains("Korvaa");
		assertThat(page(mvc, get("/projects/" + project.getId()), org.viewer()))
			.contains("href=\"/registers/systems/" + system.getId() + "\"").contains("Kuntadiaari").contains("Korvaa");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'registers.project%'")
			.param("org", org.id()).query(String.class).list()).containsExactly("registers.project-linked");

		mvc.perform(post("/registers/systems/" + system.getId() + "/projects/remove").with(csrf())
			.param("project", project.getId().toString()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(links.ofProject(org.id(), project.getId())).isEmpty();
	}

	@Test
	void linkingALinkedProjectAgainNeverChangesTheRelationSomeoneChose() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Palvelinten päivitys");
		var system = systems.add(org.id(), SystemDefinition.named("Tulostuspalvelin"));
		links.link(org.id(), system.getId(), project.getId(), Relation.UPGRADES);

		String refused = page(mvc, post("/registers/systems/" + system.getId() + "/projects").with(csrf())
			.param("projectId", project.getId().toString()).param("relation", "RETIRES"), org.itManager());

		assertThat(refused).as("the second keeper is told how it is linked, next to the project field")
			.contains("id=\"projectId-error\"")
			.contains("Projekti on jo liitetty tähän järjestelmään (Päivittää). Irrota se ensin, jos haluat muuttaa liitosta.");
		assertThat(links.ofSystem(org.id(), system.getId())).extracting(LinkedProject::relation)
			.containsExactly(Relation.UPGRADES);

		mvc.perform(post("/registers/systems/" + system.getId() + "/projects").with(csrf())
			.param("projectId", project.getId().toString()).param("relation", "UPGRADES")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit_entry where organisation_id = :org and action = 'registers.project-linked'")
			.param("org", org.id()).query(Integer.class).single()).as("the same link again writes nothing").isEqualTo(1);
	}

	@Test
	void anotherOrganisationsProjectCannotBeLinked() throws Exception {
		var org = data.organisation();
		var theirs = data.project(data.organisation(), "Heidän hankkeensa");
		var system = systems.add(org.id(), SystemDefinition.named("Lainaamo"));
		String refused = page(mvc, post("/registers/systems/" + system.getId() + "/projects").with(csrf())
			.param("projectId", theirs.getId().toString()).param("relation", "RETIRES"), org.itManager());
		assertThat(refused).contains("Valitse salkun projekti.").doesNotContain("Heidän hankkeensa");
		assertThat(links.ofSystem(org.id(), system.getId())).isEmpty();
	}

}
