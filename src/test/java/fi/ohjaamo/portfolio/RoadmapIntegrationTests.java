package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.TestData.Org;
import fi.ohjaamo.strategy.StrategicGoals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roadmap groups the filtered portfolio by category, service area or goal and keeps the filters in the URL. */
@IntegrationTest
class RoadmapIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	StrategicGoals goals;

	@Test
	void groupsByServiceAreaAndListsUnscheduledProjectsApart() throws Exception {
		var org = data.organisation();
		project(org, "Varhaiskasvatuksen asiakasportaali", org.serviceAreaId(), Category.SERVICE_AREA, "Q1/2026", "Q4/2026", Status.APPROVED);
		project(org, "Katuvalojen etäohjaus", org.otherServiceAreaId(), Category.SERVICE_AREA, "3/2026", "", Status.PROPOSAL);
		project(org, "Tulevaisuuden ideahanke", org.serviceAreaId(), Category.CITY_WIDE, "", "", Status.IDEA);

		var page = page(org, "/projects/roadmap?group=unit");

		assertThat(groupNames(page)).containsExactly("Sivistyspalvelut", "Tekniset palvelut");
		assertThat(rowUnder(page, "Tekniset palvelut", "Katuvalojen etäohjaus").select("td").eq(1).text()).isEqualTo("3/2026");
		assertThat(page.select(".roadmap-unscheduled li").text()).contains("Tulevaisuuden ideahanke");
		assertThat(page.select("table.roadmap").text()).doesNotContain("Tulevaisuuden ideahanke");
		var bar = rowUnder(page, "Sivistyspalvelut", "Varhaiskasvatuksen asiakasportaali").selectFirst(".roadmap-bar");
		assertThat(bar.attr("colspan")).isEqualTo("4");
		assertThat(bar.text()).contains("Hyväksytty");
	}

	@Test
	void groupsByGoalDrawingAProjectUnderEachGoalItServes() throws Exception {
		var org = data.organisation();
		var second = goals.add(org.id(), "Tiedolla johtaminen");
		var both = data.card(org, "Tietoalusta");
		projects.create(org.itManager().asUser(), withGoals(both, List.of(org.goalId(), second.id())));

		var page = page(org, "/projects/roadmap?group=goal");

		assertThat(groupNames(page)).contains("Asukaspalvelujen digitalisointi", "Tiedolla johtaminen");
		assertThat(rowUnder(page, "Tiedolla johtaminen", "Tietoalusta")).isNotNull();
		assertThat(rowUnder(page, "Asukaspalvelujen digitalisointi", "Tietoalusta")).isNotNull();
	}

	@Test
	void usesThePortfolioFiltersAndMonthsKeepingTheUrl() throws Exception {
		var org = data.organisation();
		project(org, "Hyväksytty hanke", org.serviceAreaId(), Category.INFRASTRUCTURE, "Q1/2026", "Q2/2026", Status.APPROVED);
		project(org, "Ehdotettu hanke", org.serviceAreaId(), Category.INFRASTRUCTURE, "Q1/2026", "Q2/2026", Status.PROPOSAL);

		var page = page(org, "/projects/roadmap?status=APPROVED&scale=month&year=2026");

		assertThat(page.select("table.roadmap").text()).contains("Hyväksytty hanke").doesNotContain("Ehdotettu hanke");
		assertThat(page.select("th.roadmap-period")).hasSize(12);
		assertThat(page.select("#f-status-APPROVED").hasAttr("checked")).isTrue();
		assertThat(page.select("a[href*=group=goal]").attr("href")).contains("status=APPROVED").contains("scale=month");
		assertThat(rowUnder(page, "Perusinfrastruktuuri, tietohallinto omistajana", "Hyväksytty hanke").selectFirst(".roadmap-bar").attr("colspan"))
			.isEqualTo("6");
	}

	@Test
	void showsOnlyTheOwnOrganisationsProjects() throws Exception {
		var org = data.organisation();
		var other = data.organisation();
		project(other, "Naapurin salainen hanke", other.serviceAreaId(), Category.CITY_WIDE, "2026", "", Status.APPROVED);

		var page = page(org, "/projects/roadmap");

		assertThat(page.text()).doesNotContain("Naapurin salainen hanke");
	}

	private Document page(Org org, String url) throws Exception {
		String html = mvc.perform(get(url).with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static List<String> groupNames(Document page) {
		return page.select("tr.roadmap-group th").eachText();
	}

	private static Element rowUnder(Document page, String group, String title) {
		for (var body : page.select("table.roadmap tbody")) {
			if (body.select("tr.roadmap-group th").text().equals(group)) {
				for (var row : body.select("tr")) {
					if (row.select("th.roadmap-project").text().endsWith(title)) {
						return row;
					}
				}
			}
		}
		throw new AssertionError(title + " not under " + group);
	}

	private void project(Org org, String title, UUID serviceArea, Category category, String start, String end,
			Status status) {
		var c = data.card(org, title);
		projects.create(org.itManager().asUser(), c.toBuilder()
			.title(title)
			.category(category)
			.serviceAreaId(serviceArea)
			.unitId(null)
			.status(status)
			.scheduleStart(start)
			.scheduleEnd(end)
			.build());
	}

	private static ProjectCard withGoals(ProjectCard c, List<UUID> goalIds) {
		return c.toBuilder().goalIds(goalIds).build();
	}

}
