package fi.ohjaamo.publication;

import java.util.List;
import java.util.Map;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Status;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Anyone may read an organisation's published projects, and only them, without signing in. */
@IntegrationTest
@Import(PublicationFixtures.class)
class PublicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PublicationFixtures fixtures;

	@Autowired
	PublicationSites sites;

	@Autowired
	JsonMapper json;

	@Test
	void everyOrganisationGetsAReadableUniqueAddress() {
		var first = data.organisation();
		var second = data.organisation();
		assertThat(sites.slugOf(first.id())).startsWith("testikunta-").matches("[a-z0-9-]+");
		assertThat(sites.slugOf(first.id())).isNotEqualTo(sites.slugOf(second.id()));
		assertThat(Slugs.of("Kuusijärven kaupunki")).isEqualTo("kuusijarven-kaupunki");
		assertThat(Slugs.of("Åland – Ålands landskapsregering")).isEqualTo("aland-alands-landskapsregering");
		assertThat(Slugs.of("!!!")).isEqualTo("organisaatio");
	}

	@Test
	void anonymousVisitorSeesPublishedProjectsButNotIdeasOrInternalOnes() throws Exception {
		var org = data.organisation();
		var shown = fixtures.published(org, "Koulujen langaton verkko", Status.APPROVED);
		fixtures.published(org, "Pelkkä idea chatbotista", Status.IDEA);
		fixtures.internal(org, "Sisäinen palvelinsiirto");
		String slug = sites.slugOf(org.id());

		String list = page("/public/" + slug);
		assertThat(list).contains("Koulujen langaton verkko", org.name())
			.doesNotContain("Pelkkä idea chatbotista", "Sisäinen palvelinsiirto")
			.contains("/api/public/v1/" + slug + "/projects.csv", "/v3/api-docs", "CC BY 4.0");
		assertThat(page("/public/" + slug + "/projects/" + shown.getId())).contains("Koulujen langaton verkko",
				"Kuvaus Koulujen langaton verkko", "Asukaspalvelujen digitalisointi", "Varhaiskasvatus");
		assertThat(page("/public")).contains(org.name(), "/public/" + slug);
	}

	@Test
	void filtersNarrowTheListAndNonsenseValuesAreIgnored() throws Exception {
		var org = data.organisation();
		fixtures.published(org, "Hyväksytty hanke", Status.APPROVED);
		fixtures.published(org, "Käynnissä oleva hanke", Status.IN_PROGRESS);
		String slug = sites.slugOf(org.id());

		assertThat(page("/public/" + slug + "?status=IN_PROGRESS")).contains("Käynnissä oleva hanke")
			.doesNotContain("Hyväksytty hanke");
		assertThat(page("/public/" + slug + "?year=2031")).doesNotContain("Hyväksytty hanke");
		assertThat(page("/public/" + slug + "?year=2026&serviceArea=" + org.serviceAreaId())).contains(
				"Hyväksytty hanke", "Käynnissä oleva hanke");
		assertThat(page("/public/" + slug + "?status=EI_OLE&year=abc&serviceArea=x&category=<script>"))
			.contains("Hyväksytty hanke", "Käynnissä oleva hanke");
	}

	@Test
	void unknownAddressesAreNotFound() throws Exception {
		var org = data.organisation();
		var internal = fixtures.internal(org, "Sisäinen");
		String slug = sites.slugOf(org.id());
		mvc.perform(get("/public/ei-tallaista-kuntaa")).andExpect(status().isNotFound());
		mvc.perform(get("/public/" + slug + "/projects/" + internal.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/v1/ei-tallaista-kuntaa/projects.json")).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/v1/" + slug + "/projects/" + internal.getId())).andExpect(status().isNotFound());
	}

	@Test
	void openDataIsJsonWithItsLicenceAndOnlyTheDocumentedFields() throws Exception {
		var org = data.organisation();
		var project = fixtures.published(org, "Avoin hanke", Status.IN_PROGRESS);
		String slug = sites.slugOf(org.id());

		var response = mvc.perform(get("/api/public/v1/" + slug + "/projects"))
			.andExpect(status().isOk())
			.andExpect(header().string("Link", "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse();
		Map<?, ?> body = json.readValue(response.getContentAsString(), Map.class);
		assertThat(body.get("licence")).isEqualTo("CC BY 4.0");
		assertThat(body.get("publisher")).isEqualTo(org.name());
		var projects = (List<?>) body.get("projects");
		assertThat(projects).hasSize(1);
		var first = (Map<?, ?>) projects.getFirst();
		assertThat(first.keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("id", "number", "title", "category", "serviceArea",
				"unit", "kind", "status", "description", "impactSummary", "scheduleStart", "scheduleEnd", "goals",
				"costs", "updatedAt");
		assertThat(first.get("id")).isEqualTo(project.getId().toString());
		assertThat(first.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(((Map<?, ?>) ((List<?>) first.get("costs")).getFirst()).keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("kind",
				"fromYear", "toYear", "amountMin", "amountMax", "amountUnknown", "vat");
		assertThat(page("/api/public/v1/" + slug + "/projects.json")).isEqualTo(response.getContentAsString());
		assertThat(response.getHeader("Cache-Control")).contains("public");
		mvc.perform(get("/api/public/v1/" + slug + "/projects").header("If-None-Match", response.getHeader("ETag")))
			.andExpect(status().isNotModified());
	}

	@Test
	void csvHasTheDocumentedColumnsAndDefusesFormulas() throws Exception {
		var org = data.organisation();
		fixtures.published(org, "=HYPERLINK(\"http://example.com\";\"klikkaa\")", Status.APPROVED);
		String slug = sites.slugOf(org.id());

		var response = mvc.perform(get("/api/public/v1/" + slug + "/projects.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().exists("Link"))
			.andReturn()
			.getResponse();
		String[] lines = response.getContentAsString().split("\r\n");
		assertThat(lines[0]).isEqualTo("id,number,title,category,service_area,unit,kind,status,description,"
				+ "impact_summary,schedule_start,schedule_end,strategic_goals,costs,updated_at,licence");
		assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klikkaa\"\")\"")
			.contains("ONE_OFF/2025//10000.00/20000.00/EXCLUDED", "CC BY 4.0", "Sivistyspalvelut");
	}

	@Test
	void publicRoutesOnlyReadAndInternalRoutesStillNeedSigningIn() throws Exception {
		var org = data.organisation();
		String slug = sites.slugOf(org.id());
		mvc.perform(post("/public/" + slug)).andExpect(status().is4xxClientError());
		mvc.perform(post("/api/public/v1/" + slug + "/projects")).andExpect(status().is4xxClientError());
		mvc.perform(get("/projects")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(get("/strategy")).andExpect(status().is3xxRedirection());
	}

	@Test
	void openApiDocumentDescribesThePublicApiOnly() throws Exception {
		String document = page("/v3/api-docs");
		assertThat(document).contains("/api/public/v1/{slug}/projects", "/api/public/v1/{slug}/projects.csv",
				"/api/public/v1/{slug}/projects/{id}", "CC BY 4.0")
			.doesNotContain("\"/projects\"", "/strategy", "/admin");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
