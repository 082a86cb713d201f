package fi.ohjaamo.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Approval;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing internal ever leaves through the public pages or the open data: every card field outside the public list
 * carries a canary, as do internal projects, ideas, the card's earlier title and another organisation's projects,
 * and no public answer may contain any canary, while the public values do appear.
 */
@IntegrationTest
@Import(PublicationFixtures.class)
class PublicationCanaryIntegrationTests {

	private static final String CANARY = "kanarialintu";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PublicationFixtures fixtures;

	@Autowired
	PublicationSites sites;

	@Autowired
	ActionPlans plans;

	@Autowired
	Projects projects;

	@Test
	void noCanaryAppearsOnAnyPublicPageOrInTheOpenData() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		var project = fixtures.canaryCard(org, CANARY);
		fixtures.internal(org, CANARY + "-internalProject");
		fixtures.published(org, CANARY + "-idea", Status.IDEA);
		var theirs = fixtures.published(other, CANARY + "-otherOrganisation", Status.APPROVED);
		String slug = sites.slugOf(org.id());
		String base = "/api/public/v1/" + slug + "/projects";

		var answers = new ArrayList<String>();
		for (String path : List.of("/public", "/public/" + slug, "/public/" + slug + "?year=2026",
				"/public/" + slug + "/projects/" + project.getId(), "/public/" + slug + "?lang=en", base,
				base + ".json", base + ".csv", base + "/" + project.getId(), "/v3/api-docs")) {
			answers.add(path + "\n" + mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContainIgnoringCase(CANARY));
		assertThat(String.join("\n", answers)).contains("Sähköinen asiointi -palvelu", "7.3",
				"Julkinen kuvaus verkkoasioinnista", "Julkinen vaikutusarvio: säästää asiointikäyntejä",
				"Sivistyspalvelut", "Varhaiskasvatus", "Asukaspalvelujen digitalisointi", "Q1/2026", "Q4/2027", "48000");
		mvc.perform(get("/public/" + slug + "/projects/" + theirs.getId())).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/public/" + sites.slugOf(other.id()))).andReturn().getResponse()
			.getContentAsString()).contains(CANARY + "-otherOrganisation");
	}


	@Test
	void thePublishedPlanShowsItsFrozenPublicFieldsOnlyAndNoDraft() throws Exception {
		var org = data.organisation();
		var project = fixtures.canaryCard(org, CANARY);
		var plan = plans.create(org.id(), new PlanHeading("Tietohallinnon toimenpidesuunnitelma", "syksy 2026 ja 2027",
				2026, 2027));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Suunnitelman sisällöstä", "Julkinen johdanto"), 0);
		plans.choose(org.id(), plan.getId(), project.getId(), 1);
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 2, 9),
				"§ 14", "KJ/55/2026", "https://example.org/poytakirja"), 2);
		var afterApproval = projects.latest(org.id(), project.getId()).card();
		projects.revise(org.itManager().asUser(), project.getId(), PublicationFixtures.renamed(afterApproval,
				"Myöhemmin muutettu nimi"), 2);
		plans.create(org.id(), new PlanHeading(CANARY + "-draftPlan", "2027", 2027, 2027));
		String slug = sites.slugOf(org.id());
		String base = "/api/public/v1/" + slug + "/plans";

		var answers = new ArrayList<String>();
		for (String path : List.of("/public/" + slug + "/plans",
				"/public/" + slug + "/plans/" + plan.getId(), "/public/" + slug + "/plans/" + plan.getId() + "?lang=sv",
				base, base + ".json", base + "/" + plan.getId(), base + "/" + plan.getId() + ".csv", "/v3/api-docs")) {
			answers.add(path + "\n" + mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContainIgnoringCase(CANARY));
		var csv = answers.stream().filter(answer -> answer.startsWith(base + "/" + plan.getId() + ".csv")).findFirst()
			.orElseThrow().lines().toList();
		assertThat(csv.get(1)).as("the plan's CSV leads with the number and group in the plan")
			.startsWith("plan_number,plan_group,id,number,title,");
		assertThat(csv).anyMatch(line -> line.startsWith("2.1.1,") && line.contains("Varhaiskasvatus"));
		assertThat(String.join("\n", answers)).contains("Sähköinen asiointi -palvelu", "Julkinen johdanto",
				"Kaupunginvaltuusto", "§ 14", "KJ/55/2026", "2.1.1", "Varhaiskasvatus", "48000",
				"Julkinen vaikutusarvio: säästää asiointikäyntejä")
			.as("the plan is frozen: a later change to the card does not reach it")
			.doesNotContain("Myöhemmin muutettu nimi");
		assertThat(mvc.perform(get("/public/" + slug)).andReturn().getResponse().getContentAsString())
			.contains("/public/" + slug + "/plans");
	}

}
