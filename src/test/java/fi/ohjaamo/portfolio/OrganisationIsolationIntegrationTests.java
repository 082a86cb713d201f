package fi.ohjaamo.portfolio;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import fi.ohjaamo.Browserless;
import fi.ohjaamo.ServerTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person of one organisation asks for another organisation's project through every route and must get
 * exactly what an id that never existed gets: the same status and the same page, nothing more.
 */
@ServerTest
class OrganisationIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	/** Every route that takes a project id. */
	List<BiFunction<Browserless, UUID, HttpResponse<String>>> routes = List.of(
			(b, id) -> b.get("/projects/" + id),
			(b, id) -> b.get("/projects/" + id + "/edit"),
			(b, id) -> b.get("/projects/" + id + "/print"),
			(b, id) -> b.get("/projects/" + id + "/history"),
			(b, id) -> b.get("/projects/" + id + "/diff?from=1&to=2"),
			(b, id) -> b.post("/projects/" + id, Map.of("title", "Kaapattu", "baseRevision", "2")));

	@Test
	void otherOrganisationsProjectsLookExactlyLikeMissingOnes() {
		var mine = data.organisation();
		var theirs = data.organisation();
		var foreign = data.project(theirs, "Toisen organisaation salainen hanke");
		projects.revise(theirs.itManager().asUser(), foreign.getId(), foreign.card(), 1);

		for (var person : List.of(mine.itManager(), mine.administrator(), mine.viewer())) {
			var browser = new Browserless(port);
			browser.signIn(person.username(), "salasana-" + person.username());
			for (var route : routes) {
				var missing = route.apply(browser, UUID.randomUUID());
				var answer = route.apply(browser, foreign.getId());
				String what = answer.request().method() + " " + answer.uri().getPath();
				assertThat(missing.statusCode()).as(what).isEqualTo(404);
				assertThat(answer.statusCode()).as(what).isEqualTo(404);
				assertThat(Browserless.withoutCsrfTokens(answer.body())).as(what)
					.isEqualTo(Browserless.withoutCsrfTokens(missing.body()))
					.contains("Sivua ei löytynyt")
					.doesNotContain("salainen");
			}
		}
		assertThat(projects.get(theirs.id(), foreign.getId()).getRevision()).isEqualTo(2);
	}

	@Test
	void malformedIdsGetTheSameFriendlyNotFoundPage() {
		var org = data.organisation();
		var browser = new Browserless(port);
		browser.signIn(org.viewer().username(), "salasana-" + org.viewer().username());
		String missing = Browserless.withoutCsrfTokens(browser.get("/projects/" + UUID.randomUUID()).body());
		for (String bad : List.of("not-a-uuid", "123", "%27%20or%201%3D1", UUID.randomUUID() + "/diff?from=x&to=1")) {
			var response = browser.get("/projects/" + bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(404);
			assertThat(response.body()).as(bad).contains("Sivua ei löytynyt").doesNotContain("Exception", "at fi.");
		}
		assertThat(missing).contains("Sivua ei löytynyt");
	}

	@Test
	void thePortfolioListsOnlyTheOwnOrganisationsProjects() {
		var mine = data.organisation();
		var theirs = data.organisation();
		data.project(mine, "Oma hanke");
		data.project(theirs, "Vieras hanke");
		var browser = new Browserless(port);
		browser.signIn(mine.viewer().username(), "salasana-" + mine.viewer().username());
		assertThat(browser.get("/projects").body()).contains("Oma hanke").doesNotContain("Vieras hanke");
		assertThat(browser.get("/projects?q=hanke").body()).contains("Oma hanke").doesNotContain("Vieras hanke");
	}

}
