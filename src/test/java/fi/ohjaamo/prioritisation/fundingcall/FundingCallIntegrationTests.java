package fi.ohjaamo.prioritisation.fundingcall;

import java.nio.charset.StandardCharsets;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.prioritisation.Criteria;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fi.ohjaamo.prioritisation.fundingcall.FundingFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management sets up calls: validation next to the fields, no overlapping periods, stale saves, audit. */
@IntegrationTest
class FundingCallIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Criteria criteria;

	@Autowired
	FundingCalls calls;

	@Autowired
	JdbcClient jdbc;

	FundingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new FundingFixtures(criteria, calls);
	}

	@Test
	void createsACallWithItsOwnWeightsAndRecordsItInTheAuditLog() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var risk = fixtures.criterion(org, "Riskien pienentäminen", 40);

		mvc.perform(callForm(post("/funding-calls"), "Digihankkeiden haku", "300 000", TODAY, TODAY.plusDays(30))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "70")
			.param("criteria[1].criterionId", risk.getId().toString()).param("criteria[1].weight", "40")
			.param("criteria[2].criterionId", risk.getId().toString())
			.with(org.itManager().signedIn()))
			.andExpect(status().isOk());
		// The third row repeats a criterion unticked; only ticked rows count, and 70 alone is not 100.
		assertThat(calls.of(org.id())).isEmpty();

		mvc.perform(callForm(post("/funding-calls"), "Digihankkeiden haku", "300 000", TODAY, TODAY.plusDays(30))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "70")
			.param("criteria[1].criterionId", risk.getId().toString()).param("criteria[1].used", "true")
			.param("criteria[1].weight", "30")
			.with(org.itManager().signedIn()))
			.andExpect(redirectedUrlPattern("/funding-calls/*?saved"));

		var call = calls.of(org.id()).getFirst();
		assertThat(call.getBudget()).isEqualByComparingTo("300000");
		assertThat(call.getStatus()).isEqualTo(FundingCallStatus.DRAFT);
		assertThat(call.getCriteria()).extracting(CallCriterion::weight).containsExactlyInAnyOrder(70, 30);
		assertThat(audit(org)).contains("prioritisation.funding-call-saved");
	}

	@Test
	void showsEveryProblemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);

		String page = html(mvc.perform(callForm(post("/funding-calls"), "Haku", "0", TODAY, TODAY.minusDays(1))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "90")
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page).contains("Budjetin on oltava suurempi kuin nolla.")
			.contains("Haku ei voi päättyä ennen kuin se alkaa.")
			.contains("Valittujen kriteerien painojen summa on 90 %, sen on oltava 100 %.")
			.contains("id=\"closesOn-error\"")
			.contains("value=\"90\"");
		assertThat(calls.of(org.id())).isEmpty();
	}

	@Test
	void refusesAPeriodOverlappingAnotherCallOfTheOrganisation() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		fixtures.draft(org, "Kevään haku", 100_000, TODAY, TODAY.plusDays(30), fit);
		var neighbour = data.organisation();
		fixtures.draft(neighbour, "Naapurin haku", 100_000, TODAY.plusDays(40), TODAY.plusDays(50),
				fixtures.criterion(neighbour, "Sopivuus", 100));

		String page = html(mvc.perform(callForm(post("/funding-calls"), "Syksyn haku", "50 000", TODAY.plusDays(30),
				TODAY.plusDays(60))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "100")
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page).contains("Hakuaika menee päällekkäin hakukierroksen ”Kevään haku” kanssa.")
			.contains("id=\"opensOn-error\"");
		// Another organisation's call on the same days is no obstacle.
		mvc.perform(callForm(post("/funding-calls"), "Syksyn haku", "50 000", TODAY.plusDays(31), TODAY.plusDays(60))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "100")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(calls.of(org.id())).hasSize(2);
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsValuesAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.draft(org, "Kevään haku", 100_000, TODAY, TODAY.plusDays(30), fit);
		long seen = call.getVersion();
		calls.redefine(org.itManager().asUser(), call.getId(), new FundingCallDefinition("Kevään haku", "Toisen muutos",
				new java.math.BigDecimal("120000"), call.period(), call.getCriteria()), seen);

		String page = html(mvc.perform(callForm(post("/funding-calls/" + call.getId()), "Kevään haku", "90 000", TODAY,
				TODAY.plusDays(30))
			.param("criteria[0].criterionId", fit.getId().toString()).param("criteria[0].used", "true")
			.param("criteria[0].weight", "100").param("version", String.valueOf(seen))
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page).contains("Joku muu tallensi tämän sillä aikaa").contains("Toisen muutos")
			.contains("120 000").contains("name=\"budget\" value=\"90000\"");
		assertThat(calls.get(org.id(), call.getId()).getBudget()).isEqualByComparingTo("120000");
	}

	@Test
	void theServiceRefusesACallWhoseWeightsDoNotAddUp() {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 60);
		var call = fixtures.draft(org, "Kevään haku", 100_000, TODAY, TODAY.plusDays(30), fit,
				fixtures.criterion(org, "Riskien pienentäminen", 40));
		var halfWeighted = new FundingCallDefinition("Kevään haku", "", new java.math.BigDecimal("100000"),
				call.period(), java.util.List.of(new CallCriterion(fit.getId(), 60)));

		assertThatThrownBy(() -> calls.redefine(org.itManager().asUser(), call.getId(), halfWeighted,
				call.getVersion())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calls.create(org.itManager().asUser(), new FundingCallDefinition("Syksyn haku", "",
				new java.math.BigDecimal("100000"), new FundingPeriod(TODAY.plusDays(40), TODAY.plusDays(50)),
				java.util.List.of()))).isInstanceOf(IllegalArgumentException.class);
		assertThat(calls.get(org.id(), call.getId()).getCriteria()).hasSize(2);
		assertThat(calls.of(org.id())).hasSize(1);
	}

	@Test
	void onlyItManagementRunsCalls() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 100);
		var call = fixtures.draft(org, "Kevään haku", 100_000, TODAY, TODAY.plusDays(30), fit);

		mvc.perform(get("/funding-calls/new").with(org.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/funding-calls/" + call.getId() + "/status").param("to", "OPEN").with(csrf())
			.with(org.viewer().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/funding-calls/" + call.getId()).with(org.viewer().signedIn())).andExpect(status().isOk());
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.DRAFT);

		mvc.perform(post("/funding-calls/" + call.getId() + "/status").param("to", "OPEN").with(csrf())
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		assertThat(calls.get(org.id(), call.getId()).getStatus()).isEqualTo(FundingCallStatus.OPEN);
		assertThat(audit(org)).contains("prioritisation.funding-call-moved");
	}

	private static MockHttpServletRequestBuilder callForm(MockHttpServletRequestBuilder request, String name,
			String budget, java.time.LocalDate opens, java.time.LocalDate closes) {
		return request.with(csrf()).param("name", name).param("description", "Kuvaus").param("budget", budget)
			.param("opensOn", opens.toString()).param("closesOn", closes.toString());
	}

	private java.util.List<String> audit(TestData.Org org) {
		return jdbc.sql("select action from audit_entry where organisation_id = :org").param("org", org.id())
			.query(String.class).list();
	}

	private static String html(String page) {
		// Amounts are grouped with no-break spaces.
		return HtmlUtils.htmlUnescape(page).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
