package fi.ohjaamo.registers;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A system's main user is chosen from the organisation's people, or named in text when they are outside it (a
 * vendor's person, say); either counts as a main user.
 */
@IntegrationTest
class MainUserIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	RegisterAlerts alerts;

	@Autowired
	Versions versions;

	@Test
	void aPersonOfTheOrganisationIsChosenAsMainUserAndNamedOnThePageAndInTheHistory() throws Exception {
		var org = data.organisation();
		String form = page(mvc, get("/registers/systems/new"), org.itManager());
		assertThat(form).contains("value=\"" + org.projectManager().id() + "\"").contains(org.projectManager().name());

		mvc.perform(system("Kuntaväylä").param("mainUserPersonId", org.projectManager().id().toString())
			.param("ownerUnitId", org.unitId().toString()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		var system = systems.of(org.id()).getFirst();

		assertThat(system.getMainUserPersonId()).isEqualTo(org.projectManager().id());
		assertThat(page(mvc, get("/registers/systems/" + system.getId()), org.viewer()))
			.contains(org.projectManager().name()).contains("organisaation henkilö");
		assertThat(versions.of(org.id(), new Subject(InformationSystems.SUBJECT_TYPE, system.getId())).getFirst()
			.snapshot().fields()).anySatisfy(f -> {
				assertThat(f.label()).isEqualTo("registers.system.mainUser");
				assertThat(f.value()).isEqualTo(org.projectManager().name());
			});
		assertThat(alerts.of(org.id()).withoutOwnerOrMainUser()).isEmpty();
	}

	@Test
	void someoneOutsideTheOrganisationIsNamedInTextAndCountsAsMainUser() throws Exception {
		var org = data.organisation();
		mvc.perform(system("Tukipiste").param("mainUser", "Toimittajan pääkäyttäjä Anne Virtanen")
			.param("ownerUnitId", org.unitId().toString()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		systems.add(org.id(), SystemDefinition.named("Kulunvalvonta"));

		assertThat(alerts.of(org.id()).withoutOwnerOrMainUser()).extracting(InformationSystem::getName)
			.containsExactly("Kulunvalvonta");
		var support = systems.of(org.id()).stream().filter(s -> s.getName().equals("Tukipiste")).findFirst()
			.orElseThrow();
		assertThat(page(mvc, get("/registers/systems/" + support.getId()), org.viewer()))
			.contains("Toimittajan pääkäyttäjä Anne Virtanen").doesNotContain("organisaation henkilö");
	}

	@Test
	void refusesAPersonOfAnotherOrganisationAndBothAPersonAndAName() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		String foreign = page(mvc, system("Lainaamo").param("mainUserPersonId", other.viewer().id().toString()),
				org.itManager());
		assertThat(foreign).contains("id=\"mainUserPersonId-error\"").contains("Valitse organisaation henkilö.")
			.doesNotContain("value=\"" + other.viewer().id() + "\"");
		String both = page(mvc, system("Lainaamo").param("mainUserPersonId", org.viewer().id().toString())
			.param("mainUser", "Kirjastosihteeri"), org.itManager());
		assertThat(both).contains("id=\"mainUser-error\"").contains("value=\"Kirjastosihteeri\"");
		assertThat(systems.of(org.id())).isEmpty();
	}

	private static MockHttpServletRequestBuilder system(String name) {
		return post("/registers/systems").with(csrf()).param("name", name).param("criticality", "HIGH")
			.param("hosting", "SAAS").param("phase", "IN_USE");
	}

}
