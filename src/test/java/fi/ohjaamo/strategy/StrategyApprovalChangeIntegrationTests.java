package fi.ohjaamo.strategy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing an approved strategy warns beforehand and records afterwards that the approved strategy was changed, with
 * the approved wording kept in its history, until a new approval is recorded.
 */
@IntegrationTest
class StrategyApprovalChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Test
	void editingAnApprovedStrategyWarnsAndMarksItChangedAfterItsApproval() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2024, 2027, "Visio A", "", List.of());
		strategies.approve(org.id(), strategy.getId(),
				new Approval("Kaupunginhallitus", LocalDate.of(2024, 3, 11), "112", null, null));
		var approved = strategies.get(org.id(), strategy.getId());
		assertThat(approved.getApprovedVersion()).isEqualTo(2);
		assertThat(page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer()))
			.doesNotContain("muutettu hyväksymisen jälkeen");

		assertThat(page(get("/strategy/strategies/{id}/edit", strategy.getId()), org.itManager()))
			.contains("Kaupunginhallitus on hyväksynyt strategian 11.3.2024. Tallentaminen muuttaa hyväksyttyä strategiaa")
			.contains("Hyväksytty sanamuoto on versio 2.");
		mvc.perform(post("/strategy/strategies/{id}", strategy.getId()).with(csrf())
			.param("name", "Strategia")
			.param("startYear", "2024")
			.param("endYear", "2027")
			.param("vision", "Visio B")
			.param("version", String.valueOf(approved.getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		var changed = strategies.get(org.id(), strategy.getId());
		assertThat(changed.isChangedAfterApproval()).isTrue();
		assertThat(changed.getApproval()).isNotNull();
		assertThat(page(get("/strategy/strategies/{id}", strategy.getId()), org.viewer()))
			.contains("Strategiaa on muutettu hyväksymisen jälkeen; hyväksytty sanamuoto on tallessa versiohistoriassa.")
			.contains("Hyväksytty sanamuoto on versio 2.");
		assertThat(page(get("/history/strategy/{id}/diff?from=2&to=3", strategy.getId()), org.viewer()))
			.contains("Visio <del class=\"diff-removed\">A</del>")
			.contains("Visio <ins class=\"diff-added\">B</ins>");

		strategies.approve(org.id(), strategy.getId(),
				new Approval("Kaupunginhallitus", LocalDate.of(2024, 9, 2), "140", null, null));
		var reapproved = strategies.get(org.id(), strategy.getId());
		assertThat(reapproved.isChangedAfterApproval()).isFalse();
		assertThat(reapproved.getApprovedVersion()).isEqualTo(4);
	}

	@Test
	void savingADraftOrAnApprovedStrategyUnchangedMarksNothing() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Strategia", 2024, 2027, "Visio", "", List.of());
		assertThat(page(get("/strategy/strategies/{id}/edit", strategy.getId()), org.itManager()))
			.doesNotContain("id=\"approved-warning\"");
		strategies.approve(org.id(), strategy.getId(),
				new Approval("Kaupunginhallitus", LocalDate.of(2024, 3, 11), "112", null, null));

		mvc.perform(post("/strategy/strategies/{id}", strategy.getId()).with(csrf())
			.param("name", "Strategia")
			.param("startYear", "2024")
			.param("endYear", "2027")
			.param("vision", "Visio")
			.param("version", String.valueOf(strategies.get(org.id(), strategy.getId()).getVersion()))
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(strategies.get(org.id(), strategy.getId()).isChangedAfterApproval()).isFalse();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
