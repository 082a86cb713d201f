package fi.ohjaamo.registers.views;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The integration map and the lifecycle chart: what their data holds, and the tables that say the same. */
@IntegrationTest
class RegisterViewsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	JsonMapper json;

	@Test
	void theMapDrawsEachIntegrationOnceTheWayItsDataFlows() throws Exception {
		var org = data.organisation();
		var payroll = system(org, "Palkka-Aava", null, Criticality.HIGH);
		var ledger = system(org, "Kuntatalous Pro", null, Criticality.CRITICAL);
		var reports = system(org, "Raportointikanta", null, Criticality.MEDIUM);
		var hr = system(org, "HR-Kaari", null, Criticality.MEDIUM);
		system(org, "Lainaamo", null, Criticality.LOW);
		integrate(org, payroll, ledger, Direction.OUTGOING, "Integraatioalustan kautta");
		// recorded on the receiving system: the data still flows from the ledger to the reports
		integrate(org, reports, ledger, Direction.INCOMING, "Tietokantaliittymä");
		integrate(org, hr, payroll, Direction.BOTH_WAYS, "REST-rajapinta");
		// the same two-way integration recorded again on the other system is one edge
		integrate(org, payroll, hr, Direction.BOTH_WAYS, "REST-rajapinta");

		var page = page(org, "/registers/integrations");
		JsonNode map = json.readTree(page.getElementById("integration-map").attr("data-map"));
		assertThat(map.get("nodes").valueStream().map(n -> n.get("name").asString()).toList())
			.containsExactlyInAnyOrder("Palkka-Aava", "Kuntatalous Pro", "Raportointikanta", "HR-Kaari");
		assertThat(map.get("nodes").valueStream().filter(n -> n.get("name").asString().equals("Kuntatalous Pro"))
			.map(n -> n.get("criticality").asString()).toList()).containsExactly("CRITICAL");
		assertThat(map.get("edges").valueStream().map(e -> List.of(e.get("source").asString(),
				e.get("target").asString(), String.valueOf(e.get("bothWays").asBoolean()), e.get("method").asString()))
			.toList()).containsExactlyInAnyOrder(
					List.of(payroll.toString(), ledger.toString(), "false", "Integraatioalustan kautta"),
					List.of(ledger.toString(), reports.toString(), "false", "Tietokantaliittymä"),
					List.of(hr.toString(), payroll.toString(), "true", "REST-rajapinta"));

		assertThat(rows(page)).containsExactly(
				List.of("HR-Kaari", "Palkka-Aava", "Kaksisuuntainen", "REST-rajapinta"),
				List.of("Kuntatalous Pro", "Raportointikanta", "Yksisuuntainen", "Tietokantaliittymä"),
				List.of("Palkka-Aava", "Kuntatalous Pro", "Yksisuuntainen", "Integraatioalustan kautta"));
		assertThat(page.getElementById("left-out").text()).startsWith("1 järjestelmä ei näy kartalla");
		assertThat(page.getElementById("integration-map").attr("role")).isEqualTo("img");
		assertThat(page.getElementById("integration-map").attr("aria-label")).isNotBlank();
	}

	@Test
	void aServiceAreasMapShowsItsSystemsAndTheirDirectPartnersOnly() throws Exception {
		var org = data.organisation();
		var school = system(org, "Koulunet", org.serviceAreaId(), Criticality.HIGH);
		var messages = system(org, "Koulunet Viesti", org.serviceAreaId(), Criticality.MEDIUM);
		var directory = system(org, "Käyttäjähakemisto", org.otherServiceAreaId(), Criticality.CRITICAL);
		var mail = system(org, "Microsoft 365", org.otherServiceAreaId(), Criticality.HIGH);
		system(org, "Kirjasto", org.serviceAreaId(), Criticality.LOW);
		integrate(org, school, messages, Direction.BOTH_WAYS, "Toimittajan liittymä");
		integrate(org, directory, school, Direction.OUTGOING, "Integraatioalustan kautta");
		integrate(org, directory, mail, Direction.OUTGOING, "Hakemistosynkronointi");

		var page = page(org, "/registers/integrations?serviceArea=" + org.serviceAreaId());
		assertThat(rows(page)).extracting(row -> row.get(0) + " → " + row.get(1))
			.containsExactly("Koulunet → Koulunet Viesti", "Käyttäjähakemisto → Koulunet");
		assertThat(page.getElementById("integration-map").attr("data-map")).doesNotContain("Microsoft 365");
		assertThat(page.getElementById("left-out").text()).startsWith("1 järjestelmä");
		assertThat(page.select("#f-serviceArea option[selected]").val()).isEqualTo(org.serviceAreaId().toString());
	}

	@Test
	void anotherOrganisationsSystemsAreNeverOnTheMap() throws Exception {
		var org = data.organisation();
		var theirs = data.organisation();
		var a = system(theirs, "Naapurin palkat", null, Criticality.HIGH);
		var b = system(theirs, "Naapurin talous", null, Criticality.HIGH);
		integrate(theirs, a, b, Direction.OUTGOING, "Salainen siirto");
		var mine = system(org, "Oma talous", null, Criticality.HIGH);
		var other = system(org, "Oma palkka", null, Criticality.HIGH);
		integrate(org, other, mine, Direction.OUTGOING, "Tiedostosiirto");

		for (String path : List.of("/registers/integrations", "/registers/integrations?serviceArea=" + theirs.serviceAreaId())) {
			String html = page(org, path).outerHtml();
			assertThat(html).doesNotContain("Naapurin").doesNotContain("Salainen siirto").doesNotContain(a.toString());
		}
		assertThat(rows(page(org, "/registers/integrations"))).hasSize(1);
	}

	@Test
	void theLifecycleChartPlacesEachSystemsNewestAssessmentAndGroupsTheAlike() throws Exception {
		var org = data.organisation();
		assess(org, system(org, "Kuntatalous Pro", null, Criticality.CRITICAL), "2025-06-01", 4, 4, Verdict.KEEP);
		assess(org, system(org, "Koulunet", null, Criticality.HIGH), "2025-06-01", 4, 4, Verdict.KEEP);
		var print = system(org, "Tulostuspalvelin", null, Criticality.LOW);
		assess(org, print, "2024-01-01", 4, 4, Verdict.KEEP);
		assess(org, print, "2025-02-01", 4, 1, Verdict.DEVELOP);
		assess(org, system(org, "Flexi-Aika", null, Criticality.MEDIUM), "2025-11-05", 4, 1, Verdict.REPLACE);
		assess(org, system(org, "Intranet", null, Criticality.LOW), "2024-10-01", 2, 2, Verdict.REPLACE);
		system(org, "Kulunvalvonta", null, Criticality.MEDIUM);

		var page = page(org, "/registers/lifecycle");
		JsonNode chart = json.readTree(page.getElementById("lifecycle-chart").attr("data-chart"));
		Map<String, JsonNode> bubbles = new java.util.HashMap<>();
		chart.get("bubbles").forEach(b -> bubbles.put(b.get("names").toString(), b));
		assertThat(bubbles).hasSize(4);
		var kept = bubbles.get("[\"Koulunet\",\"Kuntatalous Pro\"]");
		assertThat(List.of(kept.get("x").asDouble(), kept.get("y").asDouble(), kept.get("verdict").asString()))
			.containsExactly(4.0, 4.0, "KEEP");
		// two verdicts on the same scores are set apart, neither hiding the other
		var develop = bubbles.get("[\"Tulostuspalvelin\"]");
		var replace = bubbles.get("[\"Flexi-Aika\"]");
		assertThat(List.of(develop.get("businessFit").asInt(), develop.get("technicalCondition").asInt()))
			.isEqualTo(List.of(replace.get("businessFit").asInt(), replace.get("technicalCondition").asInt()));
		assertThat(develop.get("x").asDouble() != replace.get("x").asDouble()
				|| develop.get("y").asDouble() != replace.get("y").asDouble()).isTrue();

		assertThat(quadrant(page, "KEEP")).containsExactly("Koulunet", "Kuntatalous Pro");
		assertThat(quadrant(page, "DEVELOP")).containsExactly("Flexi-Aika", "Tulostuspalvelin");
		assertThat(quadrant(page, "REPLACE")).isEmpty();
		assertThat(quadrant(page, "RETIRE")).containsExactly("Intranet");
		assertThat(page.select("#not-assessed + ul a").eachText()).containsExactly("Kulunvalvonta");
		assertThat(page.text()).contains("Hyvä sopivuus, heikko kunto: kehitetään")
			.contains("5 järjestelmää arvioitu, 1 arvioimatta.");
	}

	@Test
	void theLifecycleChartShowsOnlyTheOrganisationsOwnSystems() throws Exception {
		var org = data.organisation();
		var theirs = data.organisation();
		assess(theirs, system(theirs, "Naapurin diaari", null, Criticality.HIGH), "2025-01-01", 2, 1, Verdict.RETIRE);
		system(org, "Oma diaari", null, Criticality.HIGH);
		var page = page(org, "/registers/lifecycle");
		assertThat(page.outerHtml()).doesNotContain("Naapurin diaari");
		assertThat(page.getElementById("lifecycle-chart")).isNull();
		assertThat(page.select("#not-assessed + ul a").eachText()).containsExactly("Oma diaari");
	}

	private UUID system(TestData.Org org, String name, UUID serviceArea, Criticality criticality) {
		var plain = SystemDefinition.named(name);
		return systems.add(org.id(), new SystemDefinition(name, "", serviceArea, null, "", null, null, criticality,
				plain.hosting(), plain.personalData(), false, "", plain.useLogged(), plain.phase(), null, null, "", null)).getId();
	}

	private void integrate(TestData.Org org, UUID from, UUID to, Direction direction, String method) {
		systems.integrate(org.id(), from, new Integration(to, direction, method));
	}

	private void assess(TestData.Org org, UUID system, String on, int fit, int condition, Verdict verdict) {
		systems.assess(org.id(), system, new Assessment(LocalDate.parse(on), fit, condition, verdict, ""));
	}

	private Document page(TestData.Org org, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(org.viewer().signedIn())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<List<String>> rows(Document page) {
		return page.select(".register-table tbody tr").stream()
			.map(tr -> tr.select("td").stream().map(Element::text).toList())
			.toList();
	}

	private static List<String> quadrant(Document page, String quadrant) {
		var heading = page.getElementById("quadrant-" + quadrant);
		return heading.parent().select("tbody th a").eachText();
	}

}
