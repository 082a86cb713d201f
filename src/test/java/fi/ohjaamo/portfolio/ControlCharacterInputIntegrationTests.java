package fi.ohjaamo.portfolio;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Control characters pasted into a form are dropped as the form is bound, in plain, nested and list fields alike. */
@IntegrationTest
class ControlCharacterInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCardIsSavedWithoutTheControlCharactersButWithItsLineBreaks() throws Exception {
		var org = data.organisation();
		String mark = UUID.randomUUID().toString().substring(0, 8);
		var form = ProjectForms.of(data.card(org, "x"))
			.with("title", "Kello\u0007soi " + mark)
			.with("description", "Rivi\u0000 yksi\r\nrivi\tkaksi\u001F")
			.with("impactOrganisation.state", "DESCRIBED")
			.with("impactOrganisation.text", "Vaikutus\u0008")
			.with("costs[0].note", "Huom\u000B");

		mvc.perform(form.create().with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		UUID id = jdbc.sql("select id from project where title = ?").param("Kellosoi " + mark).query(UUID.class).single();
		var card = projects.get(org.id(), id).card();
		assertThat(card.description()).isEqualTo("Rivi yksi\r\nrivi\tkaksi");
		assertThat(card.impactOrganisation().text()).isEqualTo("Vaikutus");
		assertThat(card.costs().getFirst().note()).isEqualTo("Huom");
	}

}
