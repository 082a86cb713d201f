package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static fi.ohjaamo.capacity.CapacityFixtures.grid;
import static fi.ohjaamo.capacity.CapacityFixtures.it;
import static fi.ohjaamo.capacity.CapacityFixtures.serviceArea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management keeps the capacity per party and quarter; everyone sees where the plan's demand exceeds it and
 * which projects cause it.
 */
@IntegrationTest
class CapacityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	Capacities capacities;

	@Autowired
	JdbcClient jdbc;

	CapacityFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CapacityFixtures(data, projects);
	}

	@Test
	void itManagementSavesTheGridAndEveryChangeIsKeptShownAndAudited() throws Exception {
		var org = data.organisation();
		mvc.perform(grid(post("/projects/capacity/edit?from=2027&to=2027"), 0, "IT|2027|1|300",
				org.serviceAreaId() + "|2027|1|40,5", "IT|2027|2|").with(org.itManager().signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/projects/capacity?from=2027&to=2027&saved"));
		mvc.perform(grid(post("/projects/capacity/edit?from=2027&to=2027"), 1, "IT|2027|1|250")
			.with(org.administrator().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());

		var outlook = capacities.outlook(org.id(), List.of(), 2027, 2027);
		assertThat(outlook.it().in(new Quarter(2027, 1)).orElseThrow().capacity()).isEqualByComparingTo("250");
		assertThat(outlook.of(Party.serviceArea(org.serviceAreaId())).orElseThrow().in(new Quarter(2027, 1)).orElseThrow()
			.capacity()).isEqualByComparingTo("40.5");
		String page = page(get("/projects/capacity?from=2027&to=2027"), org.viewer());
		assertThat(page).contains("Kapasiteetin muutokset").contains("Iida IT").contains("Ari Admin")
			.contains("Sivistyspalvelut").contains("40,5").contains("250").doesNotContain("/projects/capacity/edit");
		assertThat(jdbc.sql("select count(*) from capacity_change where organisation_id = :org").param("org", org.id())
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select summary from audit_entry where organisation_id = :org and action = 'capacity.changed'")
			.param("org", org.id()).query(String.class).list())
			.containsExactlyInAnyOrder("IT Q1/2027: – → 300; Sivistyspalvelut Q1/2027: – → 40.5", "IT Q1/2027: 300 → 250");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Kapasiteettia muutettiin");
	}

	@Test
	void writesTheYearsOfTheCaptionsWithoutGroupingTheirDigits() throws Exception {
		var org = data.organisation();
		String view = page(get("/projects/capacity?from=2026&to=2028"), org.viewer());
		String grid = page(get("/projects/capacity/edit?from=2026&to=2028"), org.itManager());
		for (String page : List.of(view, grid)) {
			assertThat(page).contains("2026–2028").doesNotContain("2\u00a0026").doesNotContain("2 026");
		}
	}

	@Test
	void showsANonNumberAndANegativeValueNextToTheirCellsAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		String page = page(grid(post("/projects/capacity/edit?from=2027&to=2027"), 0, "IT|2027|1|paljon",
				"IT|2027|2|-5", "IT|2027|3|120"), org.itManager());

		assertThat(page).contains("id=\"cells-0-days-error\"").contains("Anna henkilötyöpäivät lukuna, esim. 120 tai 87,5.")
			.contains("value=\"paljon\"").contains("id=\"cells-1-days-error\"")
			.contains("Kapasiteetti ei voi olla negatiivinen.").contains("value=\"-5\"").contains("value=\"120\"");
		assertThat(capacities.outlook(org.id(), List.of()).quarters()).isEmpty();
	}

	@Test
	void aSaveBasedOnAnOlderGridShowsTheOtherValuesAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		mvc.perform(grid(post("/projects/capacity/edit?from=2027&to=2027"), 0, "IT|2027|1|300")
			.with(org.administrator().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());

		String page = page(grid(post("/projects/capacity/edit?from=2027&to=2027"), 0, "IT|2027|1|180"),
				org.itManager());

		assertThat(page).contains("Joku muu tallensi tämän sillä aikaa").contains("name=\"merge.choice.cells[IT-2027-1]\"")
			.contains("<p class=\"merge-value\">300</p>").contains("value=\"180\"").contains("name=\"version\" value=\"1\"");
		assertThat(capacities.outlook(org.id(), List.of()).it().in(new Quarter(2027, 1)).orElseThrow().capacity())
			.isEqualByComparingTo("300");
	}

	@Test
	void aSaveBasedOnAnOlderGridIsMergedCellByCellAndACellBothChangedWaitsForAChoice() throws Exception {
		var org = data.organisation();
		String edit = "/projects/capacity/edit?from=2027&to=2027";
		var colleague = org.administrator().signedIn();
		var me = org.itManager().signedIn();
		var theirs = PostedForm.read(mvc, edit, edit, colleague);
		var mine = PostedForm.read(mvc, edit, edit, me);
		// cells 0, 1 and 2 are IT's first three quarters of 2027
		theirs.with("cells[0].days", "300").with("cells[2].days", "90").postSaving(mvc, colleague);

		String page = mine.with("cells[1].days", "200").with("cells[2].days", "60").postShowingPage(mvc, me);

		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Toisen tallennuksesta otettiin yksi kenttä; yksi kenttä vaatii valintasi.")
			.contains("<legend>IT, Q3/2027, henkilötyöpäivät</legend>");
		var merged = PostedForm.on(page, edit);
		assertThat(new BigDecimal(merged.value("cells[0].days"))).as("the cell only they changed is theirs")
			.isEqualByComparingTo("300");
		assertThat(new BigDecimal(merged.value("cells[1].days"))).as("the cell only I changed is mine")
			.isEqualByComparingTo("200");
		assertThat(new BigDecimal(merged.value("cells[2].days"))).as("a cell both changed is mine until I choose")
			.isEqualByComparingTo("60");
		assertThat(capacities.outlook(org.id(), List.of(), 2027, 2027).it().in(new Quarter(2027, 2))
			.map(QuarterLoad::capacity)).as("nothing saved on an older grid").isEmpty();

		String unchosen = merged.postShowingPage(mvc, me);
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		PostedForm.on(unchosen, edit).with("merge.choice.cells[IT-2027-3]", "theirs").postSaving(mvc, me);

		var it = capacities.outlook(org.id(), List.of(), 2027, 2027).it();
		assertThat(it.in(new Quarter(2027, 1)).orElseThrow().capacity()).isEqualByComparingTo("300");
		assertThat(it.in(new Quarter(2027, 2)).orElseThrow().capacity()).isEqualByComparingTo("200");
		assertThat(it.in(new Quarter(2027, 3)).orElseThrow().capacity()).isEqualByComparingTo("90");
	}

	@Test
	void onlyItManagementAndAdministratorsEditTheCapacity() throws Exception {
		var org = data.organisation();
		for (var person : List.of(org.viewer(), org.areaEditor(), org.projectManager())) {
			mvc.perform(get("/projects/capacity/edit").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(grid(post("/projects/capacity/edit"), 0, "IT|2027|1|10").with(person.signedIn()).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/projects/capacity").with(person.signedIn())).andExpect(status().isOk());
		}
		assertThat(page(get("/projects/capacity/edit?from=2027&to=2028"), org.itManager()))
			.contains("Sivistyspalvelut").contains("Tekniset palvelut").contains("Q4/2028");
		assertThat(capacities.outlook(org.id(), List.of()).quarters()).isEmpty();
	}

	@Test
	void theViewShowsTheOverloadedQuarterAndTheProjectsThatCauseIt() throws Exception {
		var org = data.organisation();
		var big = fixtures.project(org, "Uusi asianhallintajärjestelmä", Status.IN_PROGRESS, "Q1/2027", "Q2/2027",
				it("400", "600"));
		fixtures.project(org, "Sähköinen ajanvaraus", Status.APPROVED, "1/2027", "3/2027", it("30", ""));
		fixtures.project(org, "Chatbot", Status.PROPOSAL, "2027", "2027", it("", ""));
		fixtures.project(org, "Koulujen verkko", Status.PROPOSAL, "", "", it("100", "100"));
		fixtures.project(org, "Pelkkä idea", Status.IDEA, "Q1/2027", "Q1/2027", it("1000", "1000"));
		mvc.perform(grid(post("/projects/capacity/edit?from=2027&to=2027"), 0, "IT|2027|1|220", "IT|2027|2|250")
			.with(org.itManager().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());

		String page = page(get("/projects/capacity?from=2027&to=2027"), org.viewer());

		assertThat(page).contains("IT Q1/2027: kysyntä ylittyy – jo alaraja 230 htp on yli kapasiteetin 220 htp.")
			.contains("IT Q2/2027: kysyntä saattaa ylittyä – yläraja 300 htp on yli kapasiteetin 250 htp.")
			.contains("Ylittyy").contains("Saattaa ylittyä")
			.contains("href=\"/projects/" + big.getId() + "\"").contains("200–300 htp")
			.contains("1 projekti, jonka työmäärää ei ole arvioitu").contains("Aikatauluttamattomat projektit (1)")
			.contains("Koulujen verkko").doesNotContain("Pelkkä idea");
		// The chart's numbers, as JSON in the canvas's attribute.
		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("\"key\":\"low\",\"label\":null,\"colour\":0,\"values\":[230.0,200.0,0.0,0.0]")
			.contains("\"key\":\"capacity\",\"label\":null,\"colour\":0,\"values\":[220.0,250.0,null,null]");
	}

	@Test
	void theCurrentPlanHoldsOpenProjectsAndTheFilterNarrowsItToApprovedAndInProgress() {
		var org = data.organisation();
		for (var status : Status.values()) {
			fixtures.project(org, "Projekti " + status, status, "2027", "2027", it("10", "10"));
		}

		assertThat(capacities.currentPlan(org.id())).extracting(PlannedWork::title).containsExactlyInAnyOrder(
				"Projekti PROPOSAL", "Projekti ASSESSED", "Projekti APPROVED", "Projekti IN_PROGRESS");
		assertThat(capacities.currentPlan(org.id(), PlanScope.APPROVED)).extracting(PlannedWork::title)
			.containsExactlyInAnyOrder("Projekti APPROVED", "Projekti IN_PROGRESS");
		var work = capacities.currentPlan(org.id(), PlanScope.APPROVED).getFirst();
		assertThat(work.resources()).singleElement().satisfies(line -> assertThat(line.amountMin()).isEqualByComparingTo("10"));
	}

	@Test
	void serviceAreaDemandLoadsTheProjectsServiceAreaOnceItHasCapacity() throws Exception {
		var org = data.organisation();
		fixtures.project(org, "Varhaiskasvatuksen asiakastieto", Status.APPROVED, "Q1/2027", "Q1/2027",
				serviceArea("60", "90"), it("10", "10"));
		mvc.perform(grid(post("/projects/capacity/edit"), 0, org.serviceAreaId() + "|2027|1|50")
			.with(org.itManager().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());

		var area = capacities.outlook(org.id(), capacities.currentPlan(org.id()))
			.of(Party.serviceArea(org.serviceAreaId())).orElseThrow().in(new Quarter(2027, 1)).orElseThrow();

		assertThat(area.demandLow()).isEqualTo(60);
		assertThat(area.exceeds()).isTrue();
	}

	@Test
	void anotherOrganisationsCapacityDemandAndServiceAreasStayOutOfSight() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		fixtures.project(other, "Toisen kunnan projekti", Status.APPROVED, "Q1/2027", "Q1/2027", it("500", "500"));
		mvc.perform(grid(post("/projects/capacity/edit"), 0, "IT|2027|1|77")
			.with(other.itManager().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());

		String page = page(get("/projects/capacity?from=2027&to=2027"), org.itManager());
		assertThat(page).doesNotContain("Toisen kunnan projekti").doesNotContain(">77<")
			.contains("Kapasiteettia ei ole vielä muutettu.");
		assertThat(capacities.currentPlan(org.id())).isEmpty();

		mvc.perform(grid(post("/projects/capacity/edit"), 0, other.serviceAreaId() + "|2027|1|10")
			.with(org.itManager().signedIn()).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from capacity where organisation_id = :org").param("org", org.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void capacityBelowZeroIsRefusedByTheDatabaseToo() {
		var org = data.organisation();

		assertThatThrownBy(() -> jdbc.sql("""
				insert into capacity (organisation_id, party_key, year_no, quarter_no, person_days)
				values (:org, 'IT', 2027, 1, -1)
				""").param("org", org.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return mvc.perform(request.with(person.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
