package fi.ohjaamo.registers.views;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendors and contracts lists are searched, and contracts filtered by how near their notice deadline is. */
@IntegrationTest
class ContractAndVendorSearchIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Vendors vendors;

	@Autowired
	Contracts contracts;

	@Test
	void contractsAreFoundBySubjectVendorAndReferenceAndByNoticeDeadline() throws Exception {
		var org = data.organisation();
		var phone = vendors.add(org.id(), new VendorDefinition("Puhelu Oy", "2345637-1", "")).getId();
		var numerus = vendors.add(org.id(), VendorDefinition.named("Numerus Oy")).getId();
		// notice 3 months before an end 3 months and 20 days away: the deadline is about 20 days from today
		contract(org, phone, "Puhelin- ja vaihdepalvelut", TODAY.plusMonths(3).plusDays(20), 3, "Hilma 2022-123456");
		contract(org, numerus, "Taloushallinnon järjestelmät palveluna", LocalDate.of(2029, 12, 31), 6, "");
		// a deadline already passed is not "within N days"
		contract(org, numerus, "Raportoinnin lisäpalvelu", TODAY.plusMonths(1), 6, "");

		assertThat(subjects(page(org, "/registers/contracts?q=numerus"))).containsExactly("Raportoinnin lisäpalvelu",
				"Taloushallinnon järjestelmät palveluna");
		assertThat(subjects(page(org, "/registers/contracts?q=hilma+2022"))).containsExactly("Puhelin- ja vaihdepalvelut");
		assertThat(subjects(page(org, "/registers/contracts?noticeDays=30"))).containsExactly("Puhelin- ja vaihdepalvelut");
		assertThat(subjects(page(org, "/registers/contracts?noticeDays=10"))).isEmpty();
		var none = page(org, "/registers/contracts?noticeDays=30&q=numerus");
		assertThat(subjects(none)).isEmpty();
		assertThat(none.getElementById("result-count").text()).isEqualTo("Hakuehdoilla ei löytynyt yhtään sopimusta.");
		assertThat(none.getElementById("noticeDays").val()).isEqualTo("30");

		var bad = page(org, "/registers/contracts?noticeDays=-1");
		assertThat(bad.getElementById("noticeDays-error").text()).isNotBlank();
		assertThat(subjects(bad)).hasSize(3);
	}

	@Test
	void vendorsAreFoundByNameOrBusinessId() throws Exception {
		var org = data.organisation();
		vendors.add(org.id(), new VendorDefinition("Puhelu Oy", "2345637-1", ""));
		vendors.add(org.id(), new VendorDefinition("Numerus Oy", "2345674-2", ""));
		var theirs = data.organisation();
		vendors.add(theirs.id(), VendorDefinition.named("Numerus Naapuri Oy"));

		assertThat(vendorNames(page(org, "/registers/vendors?q=NUMERUS"))).containsExactly("Numerus Oy");
		assertThat(vendorNames(page(org, "/registers/vendors?q=2345637"))).containsExactly("Puhelu Oy");
		var none = page(org, "/registers/vendors?q=kirjasto");
		assertThat(vendorNames(none)).isEmpty();
		assertThat(none.getElementById("result-count").text()).isEqualTo("Haulla ei löytynyt yhtään toimittajaa.");
		assertThat(none.getElementById("q").val()).isEqualTo("kirjasto");
	}

	private void contract(TestData.Org org, java.util.UUID vendor, String subject, LocalDate endsOn, int noticeMonths,
			String reference) {
		contracts.add(org.id(), new ContractDefinition(vendor, subject, "", List.of(), BigDecimal.TEN,
				LocalDate.of(2020, 1, 1), endsOn, noticeMonths, "", reference, ""));
	}

	private Document page(TestData.Org org, String path) throws Exception {
		return Jsoup.parse(mvc.perform(Queries.get(path).with(org.viewer().signedIn())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> subjects(Document page) {
		return page.select(".register-table tbody th a").stream().map(Element::text).toList();
	}

	private static List<String> vendorNames(Document page) {
		return page.select(".register-list li a").stream().map(Element::text).toList();
	}

}
