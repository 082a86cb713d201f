package fi.ohjaamo.publication;

import java.time.LocalDate;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Approval;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An approved plan publishes only what the published portfolio would: a card marked internal and an idea (even one
 * marked public) put in the plan stay out of its page, JSON and CSV, which only count them; the approval page says
 * so beforehand, by number and title and why.
 */
@IntegrationTest
@Import(PublicationFixtures.class)
class PlanPublicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PublicationFixtures fixtures;

	@Autowired
	ActionPlans plans;

	@Autowired
	PublicationSites sites;

	@Autowired
	JsonMapper json;

	@Test
	void theApprovalPageWarnsAndThePublishedPlanLeavesOutInternalCardsAndIdeas() throws Exception {
		var org = data.organisation();
		var shown = fixtures.published(org, "Sähköinen ajanvaraus", Status.APPROVED);
		var internal = fixtures.internal(org, "Lastensuojelun arkistointi");
		var idea = fixtures.published(org, "Chatbot neuvontaan", Status.IDEA);
		var plan = plans.create(org.id(), new PlanHeading("Toimenpidesuunnitelma", "2026", 2026, 2026));
		for (var project : java.util.List.of(shown, internal, idea)) {
			plans.choose(org.id(), plan.getId(), project.getId(), plans.get(org.id(), plan.getId()).getVersion());
		}

		String approvalPage = mvc.perform(get("/plans/" + plan.getId() + "/approval")
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(approvalPage).contains("2 hanketta jää julkaisematta")
			.contains("1.1.2 Lastensuojelun arkistointi</a>:").contains("sisäinen kortti")
			.contains("1.1.1 Chatbot neuvontaan</a>:").contains("idea")
			.doesNotContain("1.1.3 Sähköinen ajanvaraus</a>:");

		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 2, 9),
				"§ 14", null, null), plans.get(org.id(), plan.getId()).getVersion());
		// A later decision of the chain, its date not known, is published with the first.
		plans.recordDecision(org.id(), plan.getId(), new Approval(null, "Aluevaltuusto", null, "§ 3", "2", null,
				null), plans.get(org.id(), plan.getId()).getVersion());
		String slug = sites.slugOf(org.id());

		String page = body("/public/" + slug + "/plans/" + plan.getId());
		assertThat(page).contains("Sähköinen ajanvaraus").contains("2 hanketta ei ole julkaistu")
			.doesNotContain("Lastensuojelun arkistointi").doesNotContain("Chatbot neuvontaan");
		assertThat(HtmlUtils.htmlUnescape(page)).containsSubsequence(
				"Kaupunginvaltuusto 9.2.2026 § 14", "Aluevaltuusto päivämäärä ei tiedossa § 3", ", liite 2");

		String document = body("/api/public/v1/" + slug + "/plans/" + plan.getId());
		var tree = json.readTree(document);
		assertThat(tree.get("projectsNotPublished").asInt()).isEqualTo(2);
		var decisions = tree.get("plan").get("decisions");
		assertThat(decisions.size()).isEqualTo(2);
		assertThat(decisions.get(0).get("body").asText()).isEqualTo("Kaupunginvaltuusto");
		assertThat(decisions.get(0).get("date").asText()).isEqualTo("2026-02-09");
		assertThat(decisions.get(1).get("body").asText()).isEqualTo("Aluevaltuusto");
		assertThat(decisions.get(1).get("date").isNull()).isTrue();
		assertThat(decisions.get(1).get("appendix").asText()).isEqualTo("2");
		assertThat(document).contains(shown.getId().toString()).contains("Sähköinen ajanvaraus")
			.doesNotContain(internal.getId().toString()).doesNotContain(idea.getId().toString())
			.doesNotContain("Lastensuojelun arkistointi").doesNotContain("Chatbot neuvontaan");

		var csv = mvc.perform(get("/api/public/v1/" + slug + "/plans/" + plan.getId() + ".csv"))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(csv.getHeader("X-Projects-Not-Published")).isEqualTo("2");
		var rows = csv.getContentAsString().lines().toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).contains(shown.getId().toString());
		assertThat(csv.getContentAsString()).doesNotContain(internal.getId().toString())
			.doesNotContain(idea.getId().toString()).doesNotContain("Lastensuojelun");
	}

	@Test
	void aPlanWithOnlyPublishedCardsSaysNothingOfUnpublishedOnes() throws Exception {
		var org = data.organisation();
		var shown = fixtures.published(org, "Verkkoasiointi", Status.APPROVED);
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.choose(org.id(), plan.getId(), shown.getId(), plans.get(org.id(), plan.getId()).getVersion());
		assertThat(mvc.perform(get("/plans/" + plan.getId() + "/approval").with(org.itManager().signedIn()))
			.andReturn().getResponse().getContentAsString()).doesNotContain("julkaisematta");
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 2, 9),
				"§ 15", null, null), plans.get(org.id(), plan.getId()).getVersion());
		String slug = sites.slugOf(org.id());
		assertThat(body("/public/" + slug + "/plans/" + plan.getId())).contains("Verkkoasiointi")
			.doesNotContain("ei ole julkaistu");
		assertThat(json.readTree(body("/api/public/v1/" + slug + "/plans/" + plan.getId())).get("projectsNotPublished")
			.asInt()).isZero();
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
