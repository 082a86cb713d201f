package fi.ohjaamo.actionplan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * An approved plan stays as it was approved: its editing links explain why and offer a new draft version; a draft is
 * deleted and a chapter removed only after a page that asks to confirm it.
 */
@IntegrationTest
class PlanVersionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Test
	void anEditLinkOfAnApprovedPlanExplainsWhyAndOffersANewVersion() throws Exception {
		var org = data.organisation();
		var plan = approvedPlan(org);

		var answer = mvc.perform(get("/plans/" + plan.getId() + "/edit").with(org.itManager().signedIn()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(HtmlUtils.htmlUnescape(answer)).contains("Suunnitelma on hyväksytty")
			.contains("Kaupunginvaltuusto")
			.contains("§ 5")
			.contains("/plans/" + plan.getId() + "/new-version");
	}

	@Test
	void aNewVersionOfAnApprovedPlanIsADraftAndTheApprovedPlanStaysAsItWas() throws Exception {
		var org = data.organisation();
		var plan = approvedPlan(org);
		var project = data.project(org, "Kasvun kansio");

		mvc.perform(post("/plans/" + plan.getId() + "/new-version").with(csrf()).with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());

		var draft = plans.of(org.id()).stream().filter(p -> !p.isApproved()).findFirst().orElseThrow();
		assertThat(draft.getTitle()).isEqualTo(plan.getTitle());
		assertThat(draft.getCopiedFrom()).isEqualTo(plan.getId());
		assertThat(draft.getChapters()).extracting(Chapter::heading).containsExactly("Sisällöstä");
		plans.choose(org.id(), draft.getId(), project.getId(), draft.getVersion());
		var approved = plans.get(org.id(), plan.getId());
		assertThat(approved.isApproved()).isTrue();
		assertThat(approved.getProjects()).isEmpty();
		assertThat(page(get("/plans/" + draft.getId()), org.itManager())).contains("Luonnos perustuu suunnitelmaan")
			.contains("/plans/" + plan.getId());
	}

	@Test
	void aDraftIsDeletedAfterAConfirmationPageAndAnApprovedPlanIsNot() throws Exception {
		var org = data.organisation();
		var draft = plans.create(org.id(), new PlanHeading("Hylätty luonnos", "2027", 2027, 2027));
		var copy = plans.copy(org.id(), draft.getId(), new PlanHeading("Kopio", "2028", 2028, 2028));

		assertThat(page(get("/plans/" + draft.getId()), org.itManager())).contains("/plans/" + draft.getId() + "/delete");
		assertThat(page(get("/plans/" + draft.getId() + "/delete"), org.itManager()))
			.contains("Poistetaanko luonnos?")
			.contains("Hylätty luonnos");
		mvc.perform(get("/plans/" + draft.getId() + "/delete").with(org.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + draft.getId() + "/delete").with(csrf()).param("version", "0")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(plans.of(org.id())).extracting(ActionPlan::getId).containsExactly(copy.getId());
		assertThat(plans.get(org.id(), copy.getId()).getCopiedFrom()).isNull();

		var approved = approvedPlan(org);
		mvc.perform(post("/plans/" + approved.getId() + "/delete").with(csrf()).param("version", "2")
			.with(org.itManager().signedIn())).andExpect(status().isConflict());
		assertThat(plans.get(org.id(), approved.getId()).isApproved()).isTrue();
	}

	@Test
	void aDraftChangedAfterTheConfirmationPageIsNotDeleted() throws Exception {
		var org = data.organisation();
		var draft = plans.create(org.id(), new PlanHeading("Luonnos", "2027", 2027, 2027));
		plans.addChapter(org.id(), draft.getId(), new Chapter("Uusi luku", "Teksti"), 0);

		mvc.perform(post("/plans/" + draft.getId() + "/delete").with(csrf()).param("version", "0")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		assertThat(plans.get(org.id(), draft.getId()).getChapters()).hasSize(1);
	}

	@Test
	void removingAChapterAsksToConfirmItFirst() throws Exception {
		var org = data.organisation();
		var draft = plans.create(org.id(), new PlanHeading("Luonnos", "2027", 2027, 2027));
		plans.addChapter(org.id(), draft.getId(), new Chapter("Johdanto", "Pitkä teksti"), 0);
		plans.addChapter(org.id(), draft.getId(), new Chapter("Tausta", "Toinen teksti"), 1);

		assertThat(page(get("/plans/" + draft.getId()), org.itManager()))
			.contains("href=\"/plans/" + draft.getId() + "/chapters/remove?n=1\"");
		var confirmation = page(get("/plans/" + draft.getId() + "/chapters/remove?n=1"), org.itManager());
		assertThat(confirmation).contains("Poistetaanko johdannon luku?").contains("Tausta").contains("Toinen teksti");
		assertThat(plans.get(org.id(), draft.getId()).getChapters()).hasSize(2);

		mvc.perform(post("/plans/" + draft.getId() + "/chapters/remove").with(csrf()).param("n", "1")
			.param("version", "2")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(plans.get(org.id(), draft.getId()).getChapters()).extracting(Chapter::heading)
			.containsExactly("Johdanto");
	}

	private ActionPlan approvedPlan(TestData.Org org) {
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Sisällöstä", "Teksti"), 0);
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 1, 20),
				"§ 5", null, null), 1);
		return plans.get(org.id(), plan.getId());
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
