package fi.ohjaamo.registers;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A system's criticality, hosting, personal data and use logging may be unknown until someone answers: a new
 * system starts so, the form says it and keeps it, and a value the register stored is a fact, never turned unknown.
 */
@IntegrationTest
class UnansweredAnswersIntegrationTests {

	private static final List<String> QUESTIONS = List.of("criticality", "hosting", "personalData", "useLogged");

	/** The labels of the four questions on a system's page, in Finnish, Swedish and English. */
	private static final List<List<String>> LABELS = List.of(List.of("Kriittisyys", "Kritikalitet", "Criticality"),
			List.of("Tuotantoympäristö", "Driftmiljö", "Hosting"),
			List.of("Käsittelee henkilötietoja", "Behandlar personuppgifter", "Processes personal data"),
			List.of("Käytöstä kerätään lokitiedot (tiedonhallintalaki 17 §)",
					"Användningen loggas (informationshanteringslagen 17 §)",
					"Use is logged (Information Management Act §17)"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewSystemLeavesItsQuestionsUnknownAndTheFormKeepsThemSoUntilAnswered() throws Exception {
		var org = data.organisation();
		var blank = html(get("/registers/systems/new"), org.itManager());
		for (var question : QUESTIONS) {
			assertThat(blank.select("#" + question + " option[selected]").text()).as(question).isEqualTo("Ei tiedossa");
		}

		mvc.perform(answers(post("/registers/systems"), "Kulunvalvonta", "UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var system = systems.of(org.id()).getFirst();
		assertThat(List.of(system.getCriticality(), system.getHosting(), system.getPersonalData(), system.getUseLogged()))
			.containsExactly(Criticality.UNKNOWN, Hosting.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN);
		assertThat(facts(html(get("/registers/systems/" + system.getId()), org.viewer()))).containsOnly("Ei tiedossa");
		assertThat(facts(html(get("/registers/systems/" + system.getId() + "?lang=sv"), org.viewer())))
			.containsOnly("Okänt");
		assertThat(facts(html(get("/registers/systems/" + system.getId() + "?lang=en"), org.viewer())))
			.containsOnly("Unknown");

		var edit = html(get("/registers/systems/" + system.getId() + "/edit?lang=fi"), org.itManager());
		for (var question : QUESTIONS) {
			assertThat(edit.select("#" + question + " option[selected]").val()).as(question).isEqualTo("UNKNOWN");
		}
		mvc.perform(answers(post("/registers/systems/" + system.getId()), "Kulunvalvonta", "HIGH", "UNKNOWN", "NO",
				"UNKNOWN").param("version", String.valueOf(system.getVersion())).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		var answered = systems.get(org.id(), system.getId());
		assertThat(List.of(answered.getCriticality(), answered.getHosting(), answered.getPersonalData(),
				answered.getUseLogged()))
			.as("what was answered is saved, the rest stays unknown")
			.containsExactly(Criticality.HIGH, Hosting.UNKNOWN, Answer.NO, Answer.UNKNOWN);
		assertThat(facts(html(get("/registers/systems/" + system.getId()), org.viewer())))
			.containsExactly("Suuri", "Ei tiedossa", "Ei", "Ei tiedossa");
		assertThat(page(mvc, get("/history/information-system/" + system.getId()), org.viewer()))
			.as("the kept versions tell which questions were answered").contains("<td>Kriittisyys, Käsittelee henkilötietoja</td>");
	}

	@Test
	void aValueStoredBeforeAnswersCouldBeUnknownStaysAFact() throws Exception {
		var org = data.organisation();
		// A row as the register wrote every system before, with its defaults: medium, own data centre, no, no.
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into information_system (id, organisation_id, name, purpose, main_user, criticality, hosting,
				    personal_data, confidential_data, retention_notes, use_logged, phase, platform, version,
				    defined_at_version)
				values (:id, :org, 'Vanha järjestelmä', '', '', 'MEDIUM', 'OWN_DATA_CENTRE', false, false, '', false,
				    'IN_USE', '', 0, 0)""").param("id", id).param("org", org.id()).update();

		var system = systems.get(org.id(), id);
		assertThat(List.of(system.getCriticality(), system.getHosting(), system.getPersonalData(), system.getUseLogged()))
			.containsExactly(Criticality.MEDIUM, Hosting.OWN_DATA_CENTRE, Answer.NO, Answer.NO);
		assertThat(system.hasUnanswered()).isFalse();
		assertThat(facts(html(get("/registers/systems/" + id), org.viewer())))
			.containsExactly("Kohtalainen", "Oma konesali", "Ei", "Ei");
		var list = html(get("/registers/systems?personalData=UNKNOWN"), org.viewer());
		assertThat(list.select(".register-table")).as("a no is not unanswered").isEmpty();
		assertThat(list.getElementById("unanswered")).isNull();

		var edit = html(get("/registers/systems/" + id + "/edit"), org.itManager());
		assertThat(QUESTIONS.stream().map(q -> edit.select("#" + q + " option[selected]").val()).toList())
			.containsExactly("MEDIUM", "OWN_DATA_CENTRE", "NO", "NO");
	}

	/** The four answers as the system's page gives them, found by their labels in any of the languages. */
	private static List<String> facts(Document page) {
		return LABELS.stream()
			.map(labels -> page.select("dl.register-facts dt").stream()
				.filter(dt -> labels.contains(dt.text()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no fact " + labels))
				.nextElementSibling()
				.text())
			.toList();
	}

	private Document html(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return Jsoup.parse(page(mvc, request, person));
	}

	private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String name,
			String criticality, String hosting, String personalData, String useLogged) {
		return request.with(csrf()).param("name", name).param("criticality", criticality).param("hosting", hosting)
			.param("personalData", personalData).param("useLogged", useLogged).param("phase", "IN_USE");
	}

}
