package fi.ohjaamo.portfolio;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Making a card public is IT management's decision: an editor or a project manager who marks a card public only
 * proposes it, the card keeps its visibility, and IT management sees the proposal and publishes or declines it.
 */
@IntegrationTest
class PublicationRightsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	PublicationProposals proposals;

	@Test
	void aServiceAreaEditorsPublicOnTheFormBecomesAProposalThatItManagementPublishes() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Kirjaston omatoimiaukiolo");

		String saved = mvc.perform(ProjectForms.of(project.card()).with("visibility", "PUBLIC")
			.with("description", "Kuvaus tarkennettu").post(project.getId(), 1).with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var card = projects.get(org.id(), project.getId()).card();
		assertThat(card.visibility()).as("only IT management publishes").isEqualTo(Visibility.INTERNAL);
		assertThat(card.description()).as("the rest of the edit is saved").isEqualTo("Kuvaus tarkennettu");
		assertThat(saved).contains("publicationProposed");
		assertThat(page(get(saved), org.areaEditor()))
			.contains("Kortti tallennettiin, mutta sen julkisuus ei muuttunut")
			.contains("Ehdotettu julkaistavaksi").contains("Tietohallinto päättää, julkaistaanko kortti.")
			.doesNotContain("/publication\"");
		assertThat(page(get("/projects/" + project.getId() + "/edit"), org.areaEditor()))
			.contains("Julkaisemisesta päättää tietohallinto");

		assertThat(page(get("/projects/publication-proposals"), org.itManager()))
			.contains("Kirjaston omatoimiaukiolo").contains(org.areaEditor().name());
		assertThat(page(get("/projects"), org.itManager())).contains("/projects/publication-proposals");
		mvc.perform(get("/projects/publication-proposals").with(org.areaEditor().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + project.getId() + "/publication").with(csrf())
			.with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		assertThat(projects.get(org.id(), project.getId()).card().visibility()).isEqualTo(Visibility.INTERNAL);

		mvc.perform(post("/projects/" + project.getId() + "/publication").with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(projects.get(org.id(), project.getId()).card().visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(projects.latest(org.id(), project.getId()).authorName()).isEqualTo(org.itManager().name());
		assertThat(proposals.pending(org.id())).as("the decision settles the proposal").isEmpty();
	}

	@Test
	void aProjectManagerCannotPublishThroughTheServiceEitherAndItManagementMayDecline() {
		var org = data.organisation();
		var manager = org.projectManager();
		var base = data.card(org, "Etäkokousvälineet");
		var project = projects.create(org.itManager().asUser(),
				base.toBuilder().projectManagerId(manager.id()).build());

		projects.revise(manager.asUser(), project.getId(), project.card().withVisibility(Visibility.PUBLIC), 1);
		assertThat(projects.get(org.id(), project.getId()).card().visibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(proposals.of(org.id(), project.getId())).hasValueSatisfying(
				p -> assertThat(p.proposedBy()).isEqualTo(manager.name()));

		proposals.decline(org.itManager().asUser(), project.getId());
		assertThat(proposals.of(org.id(), project.getId())).isEmpty();
		assertThat(projects.get(org.id(), project.getId()).card().visibility()).isEqualTo(Visibility.INTERNAL);
	}

	@Test
	void anEditorCreatesACardMarkedPublicAsInternalAndMayStillMakeAPublicCardInternal() throws Exception {
		var org = data.organisation();
		var card = data.card(org, "Verkkolomakkeet").withVisibility(Visibility.PUBLIC);
		String created = mvc.perform(ProjectForms.of(card).create().with(org.areaEditor().signedIn()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(created).contains("publicationProposed");
		var project = projects.get(org.id(), java.util.UUID.fromString(created.replaceAll(".*/projects/([^?]+).*", "$1")));
		assertThat(project.card().visibility()).isEqualTo(Visibility.INTERNAL);
		assertThat(proposals.of(org.id(), project.getId())).isPresent();

		var published = projects.create(org.itManager().asUser(), data.card(org, "Julkinen").withVisibility(
				Visibility.PUBLIC));
		assertThat(published.card().visibility()).as("IT management publishes").isEqualTo(Visibility.PUBLIC);
		projects.revise(org.areaEditor().asUser(), published.getId(),
				published.card().withVisibility(Visibility.INTERNAL), 1);
		assertThat(projects.get(org.id(), published.getId()).card().visibility())
			.as("withdrawing a card from the public is always allowed").isEqualTo(Visibility.INTERNAL);
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return mvc.perform(request.with(person.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
