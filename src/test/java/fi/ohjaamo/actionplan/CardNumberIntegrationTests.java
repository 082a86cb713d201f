package fi.ohjaamo.actionplan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A card's number is the one its plan gives it: the card, the plan page and the plan's contents read the same. */
@IntegrationTest
class CardNumberIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Test
	void theCardShowsTheNumberItsPlanGivesItNotTheOneTypedOnIt() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Kasvun kansio");
		assertThat(project.card().number()).isEqualTo("4.1");
		assertThat(number(cardPage(org, project.getId()))).isEqualTo("4.1");

		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2027", 2027, 2027));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Johdanto", "Teksti"), 0);
		plans.choose(org.id(), plan.getId(), project.getId(), 1);
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2027, 1, 20),
				"§ 5", null, null), 2);
		String inPlan = PlanChanges.entries(plans.contents(org.id(), plan.getId(), Locale.of("fi")).groups())
			.getFirst()
			.number();
		assertThat(inPlan).isNotEqualTo("4.1");

		String card = cardPage(org, project.getId());
		assertThat(number(card)).isEqualTo(inPlan);
		assertThat(card).contains("(suunnitelmassa Suunnitelma)")
			.contains("href=\"/plans/" + plan.getId() + "#project-" + project.getId() + "\"");
		assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/plans/" + plan.getId()).with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))).contains(inPlan + " Kasvun kansio");
	}

	private String cardPage(TestData.Org org, java.util.UUID projectId) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/projects/" + projectId).with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The value next to the card's "Numero" label. */
	private static String number(String card) {
		int label = card.indexOf("<dt>Numero</dt>");
		int start = card.indexOf('>', card.indexOf("<dd", label)) + 1;
		String rest = card.substring(start);
		if (rest.startsWith("<span")) {
			rest = rest.substring(rest.indexOf('>') + 1);
		}
		return rest.substring(0, rest.indexOf('<')).strip();
	}

}
