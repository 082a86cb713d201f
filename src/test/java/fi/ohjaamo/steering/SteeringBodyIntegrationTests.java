package fi.ohjaamo.steering;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management keeps the steering bodies with their members, chair and preparer; everyone reads them. */
@IntegrationTest
class SteeringBodyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	/** The service refuses by itself, so that no page or job that forgets to ask can change who decides. */
	@Test
	void theBodiesServiceRefusesEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var definition = new BodyDefinition("IT-ohjausryhmä", BodyKind.IT_STEERING_GROUP, List.of(org.itManager().id()),
				org.itManager().id(), null, true);
		var body = bodies.add(org.itManager().asUser(), definition);
		var changed = new BodyDefinition("Kaapattu", BodyKind.IT_STEERING_GROUP, List.of(org.viewer().id()),
				org.viewer().id(), null, true);
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			assertThatThrownBy(() -> bodies.add(user, changed)).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> bodies.redefine(user, body.getId(), changed, body.getVersion())).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> bodies.remove(user, body.getId())).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(bodies.of(org.id())).extracting(SteeringBody::getName).containsExactly("IT-ohjausryhmä");
		bodies.remove(org.administrator().asUser(), body.getId());
		assertThat(bodies.of(org.id())).isEmpty();
	}

	@Test
	void itManagementAddsABodyThatEveryoneReadsWithItsMembers() throws Exception {
		var org = data.organisation();
		mvc.perform(form(post("/steering/bodies"), "IT-ohjausryhmä", org.itManager(), org.areaEditor())
			.param("preparerId", org.areaEditor().id().toString())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var body = bodies.of(org.id()).getFirst();
		assertThat(body.getMemberIds()).containsExactly(org.itManager().id(), org.areaEditor().id());
		assertThat(body.getChairId()).isEqualTo(org.itManager().id());

		String page = page(get("/steering/bodies/" + body.getId()), org.viewer());
		assertThat(page).contains("IT-ohjausryhmä").contains("Iida IT").contains("Essi Editori")
			.doesNotContain("/steering/bodies/" + body.getId() + "/edit");
		assertThat(page(get("/steering/bodies"), org.viewer())).contains("IT-ohjausryhmä").contains("2 jäsentä");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'steering%'")
			.param("org", org.id()).query(String.class).list()).containsExactly("steering.body-added");
		assertThat(versions.count(org.id(), new Subject("steering-body", body.getId()))).isEqualTo(1);
	}

	@Test
	void theChairAndPreparerMustBeMembersAndTheNameUnique() throws Exception {
		var org = data.organisation();
		bodies.add(org.id(), new BodyDefinition("Johtoryhmä", BodyKind.MANAGEMENT_TEAM, List.of(org.itManager().id()),
				null, null, true));
		String refused = page(post("/steering/bodies").with(csrf()).param("name", "johtoryhmä")
			.param("kind", "MANAGEMENT_TEAM").param("memberIds", org.areaEditor().id().toString())
			.param("chairId", org.viewer().id().toString()).param("preparerId", org.projectManager().id().toString()),
				org.itManager());
		assertThat(refused).contains("Organisaatiossa on jo tämänniminen toimielin.")
			.contains("Puheenjohtajan on oltava toimielimen jäsen.")
			.contains("Esittelijän on oltava toimielimen jäsen.")
			.contains("value=\"johtoryhmä\"");
		String blank = page(form(post("/steering/bodies"), " ", org.itManager()), org.itManager());
		assertThat(blank).contains("id=\"name-error\"").contains("Täytä tämä kohta.");
		assertThat(bodies.of(org.id())).hasSize(1);
	}

	@Test
	void onlyAdministratorsAndItManagementEditBodies() throws Exception {
		var org = data.organisation();
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/steering/bodies/new").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(form(post("/steering/bodies"), "Kaapattu", person).with(person.signedIn()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(form(post("/steering/bodies"), "Hallinnon ryhmä", org.administrator())
			.with(org.administrator().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(bodies.of(org.id())).extracting(SteeringBody::getName).containsExactly("Hallinnon ryhmä");
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var body = bodies.add(org.id(), new BodyDefinition("IT-ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), org.itManager().id(), null, true));
		long seen = body.getVersion();
		bodies.redefine(org.itManager().asUser(), body.getId(), new BodyDefinition("Digiohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id(), org.viewer().id()), org.itManager().id(), null, true), seen);

		String stale = page(form(post("/steering/bodies/" + body.getId()), "Tietohallinnon ohjausryhmä", org.itManager())
			.param("version", String.valueOf(seen)), org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("Digiohjausryhmä")
			.contains("value=\"Tietohallinnon ohjausryhmä\"");
		assertThat(bodies.get(org.id(), body.getId()).getName()).isEqualTo("Digiohjausryhmä");
		assertThat(versions.count(org.id(), new Subject("steering-body", body.getId()))).isEqualTo(2);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name,
			TestData.Person chair, TestData.Person... others) {
		request.with(csrf()).param("name", name).param("kind", "IT_STEERING_GROUP").param("active", "true")
			.param("chairId", chair.id().toString()).param("memberIds", chair.id().toString());
		for (var other : others) {
			request.param("memberIds", other.id().toString());
		}
		return request;
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
