package fi.ohjaamo.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Approval;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.portfolio.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page that explains the open data names every field that the JSON and the CSV really hold, each in the
 * table of its structure: the names are read from real answers, so a field added to an answer without an
 * explanation fails here. Anyone reads the page without signing in, in Finnish, Swedish or English, and every public
 * page that offers open data links to it instead of to a file in the source code.
 */
@IntegrationTest
@Import(PublicationFixtures.class)
class DataDescriptionIntegrationTests {

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
	void thePageExplainsEveryFieldOfThePublishedProjectsAsJsonAndCsv() throws Exception {
		var org = data.organisation();
		fixtures.published(org, "Kirjaston itsepalvelu", Status.IN_PROGRESS);
		String slug = sites.slugOf(org.id());
		var page = Jsoup.parse(body("/open-data"));

		var document = json.readTree(body("/api/public/v1/" + slug + "/projects.json"));
		var project = document.get("projects").get(0);
		assertExplained(page, "document", names(document));
		assertExplained(page, "project", names(project));
		assertExplained(page, "cost", names(project.get("costs").get(0)));
		assertThat(names(json.readTree(body("/api/public/v1/" + slug + "/projects/" + project.get("id").asString()))))
			.as("one project's JSON").isEqualTo(names(project));

		var columns = header(body("/api/public/v1/" + slug + "/projects.csv"));
		assertThat(codes(page, "#table-project td.field-csv code")).as("the CSV columns explained")
			.containsAll(columns);
	}

	@Test
	void thePageExplainsEveryFieldOfTheApprovedPlansAsJsonAndCsv() throws Exception {
		var org = data.organisation();
		var shown = fixtures.published(org, "Sähköinen ajanvaraus", Status.APPROVED);
		var plan = plans.create(org.id(), new PlanHeading("Toimenpidesuunnitelma", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Johdanto", "Suunnitelman tausta"),
				plans.get(org.id(), plan.getId()).getVersion());
		plans.choose(org.id(), plan.getId(), shown.getId(), plans.get(org.id(), plan.getId()).getVersion());
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 2, 9),
				"§ 14", "KJ/12/2026", "https://example.com/poytakirja"), plans.get(org.id(), plan.getId()).getVersion());
		String slug = sites.slugOf(org.id());
		var page = Jsoup.parse(body("/open-data"));

		var list = json.readTree(body("/api/public/v1/" + slug + "/plans.json"));
		assertExplained(page, "planList", names(list));
		assertExplained(page, "planSummary", names(list.get("plans").get(0)));

		var approved = json.readTree(body("/api/public/v1/" + slug + "/plans/" + plan.getId()));
		assertExplained(page, "plan", names(approved));
		assertExplained(page, "planSummary", names(approved.get("plan")));
		assertExplained(page, "chapter", names(approved.get("introduction").get(0)));
		var groups = groups(approved.get("groups")).toList();
		assertThat(groups).isNotEmpty();
		assertExplained(page, "group", union(groups.stream().map(DataDescriptionIntegrationTests::names)));
		var entries = groups.stream().flatMap(g -> g.get("projects").values().stream()).toList();
		assertThat(entries).hasSize(1);
		assertExplained(page, "entry", names(entries.getFirst()));
		assertExplained(page, "project", names(entries.getFirst().get("project")));

		var columns = header(body("/api/public/v1/" + slug + "/plans/" + plan.getId() + ".csv"));
		var explained = new TreeSet<>(codes(page, "#table-planCsv th.field-csv code"));
		explained.addAll(codes(page, "#table-project td.field-csv code"));
		assertThat(explained).as("the plan's CSV columns explained").containsAll(columns);
	}

	@Test
	void anyoneReadsThePageInTheirLanguageAndEveryPublicPageWithOpenDataLinksToIt() throws Exception {
		var org = data.organisation();
		var project = fixtures.published(org, "Avoin hanke", Status.APPROVED);
		String slug = sites.slugOf(org.id());

		for (String language : List.of("fi", "sv", "en")) {
			assertThat(body("/open-data?lang=" + language)).as("a text missing from the " + language + " bundle")
				.doesNotContain("??");
		}
		var finnish = Jsoup.parse(body("/open-data"));
		assertThat(finnish.select("h1").text()).isEqualTo("Avoimen datan kuvaus");
		assertThat(finnish.select("a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(finnish.select("h2").eachText()).contains("Mitä julkaistaan", "Mitä ei julkaista", "Lisenssi",
				"Koodit");
		assertThat(finnish.select("dt code").eachText()).contains("INFRASTRUCTURE", "IN_PROGRESS", "RECURRING",
				"INCLUDED", "SERVICE_AREA").doesNotContain("IDEA");
		assertThat(Jsoup.parse(body("/open-data?lang=sv")).select("h1").text()).isEqualTo("Beskrivning av öppna data");
		assertThat(Jsoup.parse(body("/open-data?lang=en")).select("h1").text()).isEqualTo("The open data explained");

		for (String publicPage : List.of("/public", "/public/" + slug, "/public/" + slug + "/projects/" + project.getId(),
				"/public/" + slug + "/plans")) {
			String html = body(publicPage);
			assertThat(Jsoup.parse(html).select("a[href=/open-data]")).as(publicPage + " links to the page").isNotEmpty();
			assertThat(html).as(publicPage).doesNotContain("docs/open-data.md");
		}
		assertThat(body("/v3/api-docs")).contains("/open-data").doesNotContain("docs/open-data.md");
	}

	/** Fails unless the structure's table on the page names each field, naming the ones it misses. */
	private static void assertExplained(Document page, String structure, Set<String> fields) {
		assertThat(fields).as("fields of " + structure + " in a real answer").isNotEmpty();
		assertThat(codes(page, "#table-" + structure + " th.field-json code"))
			.as("fields of " + structure + " explained on the page")
			.containsAll(fields);
	}

	private static List<String> codes(Document page, String css) {
		return page.select(css).eachText();
	}

	private static Set<String> names(JsonNode object) {
		assertThat(object.isObject()).as(object + " is an object").isTrue();
		return new TreeSet<>(object.propertyNames());
	}

	private static Set<String> union(Stream<Set<String>> sets) {
		var all = new TreeSet<String>();
		sets.forEach(all::addAll);
		return all;
	}

	/** The plan's groups and all their subgroups. */
	private static Stream<JsonNode> groups(JsonNode groups) {
		return groups.values().stream().flatMap(g -> Stream.concat(Stream.of(g), groups(g.get("subgroups"))));
	}

	private static List<String> header(String csv) {
		return new ArrayList<>(List.of(csv.lines().findFirst().orElseThrow().split(",")));
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
