package fi.ohjaamo.registers.views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systems list narrows by every filter of its form, alone and together, finds systems by their vendor's name, and
 * never shows another organisation's systems.
 */
@IntegrationTest
class SystemFilterIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	Vendors vendors;

	TestData.Org org;

	UUID numerus;

	@BeforeEach
	void register() {
		org = data.organisation();
		numerus = vendors.add(org.id(), VendorDefinition.named("Numerus Oy")).getId();
		var oppiva = vendors.add(org.id(), VendorDefinition.named("Oppiva Oy")).getId();
		add(new SystemDefinition("Kuntatalous Pro", "Kirjanpito ja maksuliikenne", null, null,
				"Talouspäällikkö Jari Nieminen", numerus, 150, Criticality.CRITICAL, Hosting.SAAS, Answer.NO, false, "", Answer.YES,
				Phase.IN_USE, LocalDate.of(2016, 1, 1), null, "", null), Verdict.KEEP);
		add(new SystemDefinition("Koulunet", "Oppilashallinto ja arviointi", org.serviceAreaId(), org.unitId(),
				"Koulusihteeri Kirsi Lindholm", oppiva, 5200, Criticality.HIGH, Hosting.SAAS, Answer.YES, true, "", Answer.YES,
				Phase.IN_USE, LocalDate.of(2015, 8, 1), null, "", null), Verdict.DEVELOP);
		add(new SystemDefinition("Päiväkoti-Pro", "Varhaiskasvatuksen asiakkuudet", org.serviceAreaId(), org.unitId(),
				"", null, 400, Criticality.HIGH, Hosting.OWN_DATA_CENTRE, Answer.YES, false, "", Answer.NO, Phase.PHASING_OUT,
				LocalDate.of(2010, 8, 1), TODAY.plusMonths(8), "Windows Server 2016", TODAY.plusMonths(14)),
				Verdict.REPLACE);
		add(new SystemDefinition("Tulostuksen hallintapalvelin", "Tulostusjonot", org.otherServiceAreaId(), null,
				"Lähitukihenkilö", null, null, Criticality.LOW, Hosting.OWN_DATA_CENTRE, Answer.NO, false, "", Answer.NO,
				Phase.IN_USE, LocalDate.of(2013, 1, 1), null, "Windows Server 2012 R2", TODAY.minusYears(2)), null);
	}

	@Test
	void withoutCriteriaListsEverySystemAndCountsThem() throws Exception {
		var page = page("");
		assertThat(names(page)).containsExactly("Koulunet", "Kuntatalous Pro", "Päiväkoti-Pro",
				"Tulostuksen hallintapalvelin");
		assertThat(page.getElementById("result-count").text()).isEqualTo("4 järjestelmää");
		assertThat(page.getElementById("result-count").attr("role")).isEqualTo("status");
		assertThat(page.getElementById("unanswered")).as("every question answered: nothing to point at").isNull();
	}

	@Test
	void searchesNamePurposePlatformMainUserAndVendorNameInAnyCase() throws Exception {
		assertThat(names(page("?q=NUMERUS"))).containsExactly("Kuntatalous Pro");
		assertThat(names(page("?q=windows+2012"))).containsExactly("Tulostuksen hallintapalvelin");
		assertThat(names(page("?q=windows"))).containsExactly("Päiväkoti-Pro", "Tulostuksen hallintapalvelin");
		assertThat(names(page("?q=kirsi"))).containsExactly("Koulunet");
		assertThat(names(page("?q=arviointi+oppiva"))).containsExactly("Koulunet");
		assertThat(names(page("?q=maksuliikenne"))).containsExactly("Kuntatalous Pro");
	}

	@Test
	void aMainUserWhoIsOneOfThePeopleIsFoundByTheirName() throws Exception {
		add(SystemDefinition.named("Henkilöstöhallinta").withMainUserPerson(org.itManager().id()), null);

		assertThat(names(page("?q=" + URLEncoder.encode(org.itManager().name(), StandardCharsets.UTF_8))))
			.containsExactly("Henkilöstöhallinta");
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		assertThat(names(page("?serviceArea=" + org.serviceAreaId()))).containsExactly("Koulunet", "Päiväkoti-Pro");
		assertThat(names(page("?ownerUnit=" + org.unitId()))).containsExactly("Koulunet", "Päiväkoti-Pro");
		assertThat(names(page("?vendor=" + numerus))).containsExactly("Kuntatalous Pro");
		assertThat(names(page("?criticality=HIGH&criticality=CRITICAL"))).containsExactly("Koulunet",
				"Kuntatalous Pro", "Päiväkoti-Pro");
		assertThat(names(page("?hosting=OWN_DATA_CENTRE"))).containsExactly("Päiväkoti-Pro",
				"Tulostuksen hallintapalvelin");
		assertThat(names(page("?phase=PHASING_OUT"))).containsExactly("Päiväkoti-Pro");
		assertThat(names(page("?verdict=KEEP&verdict=REPLACE"))).containsExactly("Kuntatalous Pro", "Päiväkoti-Pro");
		assertThat(names(page("?unassessed=true"))).containsExactly("Tulostuksen hallintapalvelin");
		assertThat(names(page("?verdict=DEVELOP&unassessed=true"))).containsExactly("Koulunet",
				"Tulostuksen hallintapalvelin");
		assertThat(names(page("?personalData=true"))).containsExactly("Koulunet", "Päiväkoti-Pro");
		assertThat(names(page("?personalData=false"))).containsExactly("Kuntatalous Pro",
				"Tulostuksen hallintapalvelin");
		assertThat(names(page("?useLogged=true"))).containsExactly("Koulunet", "Kuntatalous Pro");
	}

	@Test
	void supportEndingWithinMonthsIncludesSupportAlreadyEnded() throws Exception {
		assertThat(names(page("?supportMonths=12"))).containsExactly("Päiväkoti-Pro", "Tulostuksen hallintapalvelin");
		assertThat(names(page("?supportMonths=6"))).containsExactly("Tulostuksen hallintapalvelin");
		assertThat(names(page("?supportEnded=true"))).containsExactly("Tulostuksen hallintapalvelin");
		assertThat(names(page("?supportMonths=0"))).containsExactly("Tulostuksen hallintapalvelin");
	}

	@Test
	void criteriaTogetherNarrowFurtherAndTheFormKeepsThem() throws Exception {
		var page = page("?serviceArea=" + org.serviceAreaId() + "&criticality=HIGH&personalData=true&q=varhais");
		assertThat(names(page)).containsExactly("Päiväkoti-Pro");
		assertThat(page.getElementById("result-count").text()).isEqualTo("1 järjestelmä");
		assertThat(page.getElementById("q").val()).isEqualTo("varhais");
		assertThat(page.select("#f-serviceArea option[selected]").val()).isEqualTo(org.serviceAreaId().toString());
		assertThat(page.getElementById("f-criticality-HIGH").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("f-criticality-LOW").hasAttr("checked")).isFalse();
		assertThat(page.select("#f-personalData option[selected]").val())
			.as("a list bookmarked with personalData=true still opens as it was").isEqualTo("YES");
	}

	@Test
	void unansweredQuestionsAreFoundByTheirFiltersAndCountedApartFromNo() throws Exception {
		add(SystemDefinition.named("Kirjastojärjestelmä"), null);
		var food = SystemDefinition.named("Ruokatilaus");
		add(new SystemDefinition(food.name(), "", null, null, "", null, null, Criticality.LOW, Hosting.SAAS, Answer.NO,
				false, "", Answer.UNKNOWN, Phase.IN_USE, null, null, "", null), null);

		assertThat(names(page("?criticality=UNKNOWN"))).containsExactly("Kirjastojärjestelmä");
		assertThat(names(page("?criticality=UNKNOWN&criticality=LOW"))).containsExactly("Kirjastojärjestelmä",
				"Ruokatilaus", "Tulostuksen hallintapalvelin");
		assertThat(names(page("?hosting=UNKNOWN"))).containsExactly("Kirjastojärjestelmä");
		assertThat(names(page("?personalData=UNKNOWN"))).containsExactly("Kirjastojärjestelmä");
		assertThat(names(page("?personalData=NO"))).as("unknown is not no").containsExactly("Kuntatalous Pro",
				"Ruokatilaus", "Tulostuksen hallintapalvelin");
		assertThat(names(page("?useLogged=UNKNOWN"))).containsExactly("Kirjastojärjestelmä", "Ruokatilaus");

		var page = page("?useLogged=UNKNOWN&criticality=UNKNOWN");
		assertThat(page.getElementById("f-criticality-UNKNOWN").hasAttr("checked")).isTrue();
		assertThat(page.select("label[for=f-criticality-UNKNOWN]").text()).isEqualTo("Ei tiedossa");
		assertThat(page.select("#f-useLogged option[selected]").text()).isEqualTo("Ei tiedossa");

		var all = page("");
		assertThat(all.getElementById("unanswered-title").text())
			.startsWith("2 järjestelmältä puuttuu vastaus ainakin yhteen kysymykseen.");
		assertThat(all.select("#unanswered li a").stream().map(a -> a.text() + " -> " + a.attr("href")).toList())
			.containsExactly("Kriittisyys: 1 ei tiedossa -> /registers/systems?criticality=UNKNOWN",
					"Tuotantoympäristö: 1 ei tiedossa -> /registers/systems?hosting=UNKNOWN",
					"Käsittelee henkilötietoja: 1 ei tiedossa -> /registers/systems?personalData=UNKNOWN",
					"Käytöstä kerätään lokitiedot (tiedonhallintalaki 17 §): 2 ei tiedossa -> /registers/systems?useLogged=UNKNOWN");
	}

	@Test
	void anEmptyResultSaysSo() throws Exception {
		var page = page("?q=kirjasto");
		assertThat(names(page)).isEmpty();
		assertThat(page.getElementById("result-count").text())
			.isEqualTo("Hakuehdoilla ei löytynyt yhtään järjestelmää.");
	}

	@Test
	void anUnusableHorizonIsToldNextToItsFieldAndTheOtherCriteriaStillApply() throws Exception {
		var page = page("?supportMonths=-3&hosting=SAAS");
		assertThat(page.getElementById("supportMonths-error").text()).isNotBlank();
		assertThat(page.getElementById("supportMonths").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("supportMonths").val()).isEqualTo("-3");
		assertThat(names(page)).containsExactly("Koulunet", "Kuntatalous Pro");
	}

	@Test
	void anotherOrganisationsSystemsAreNeverListedNorItsAreasMatched() throws Exception {
		var theirs = data.organisation();
		systems.add(theirs.id(), SystemDefinition.named("Naapurin Kuntatalous"));
		assertThat(names(page("?q=kuntatalous"))).containsExactly("Kuntatalous Pro");
		assertThat(names(page("?serviceArea=" + theirs.serviceAreaId()))).isEmpty();
	}

	private void add(SystemDefinition definition, Verdict verdict) {
		var system = systems.add(org.id(), definition);
		if (verdict != null) {
			systems.assess(org.id(), system.getId(), new Assessment(TODAY.minusMonths(3), 3, 3, verdict, ""));
		}
	}

	private Document page(String query) throws Exception {
		String html = mvc.perform(Queries.get("/registers/systems" + query).with(org.viewer().signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static List<String> names(Document page) {
		return page.select(".register-table tbody th a").stream().map(Element::text).toList();
	}

}
