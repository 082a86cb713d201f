package fi.ohjaamo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application that names an object in its path, asked by people of one organisation for
 * another organisation's objects: each answer must be exactly the page an id that never existed gets (not found,
 * or refused when the person may not edit at all), and
 * nothing of theirs may change. The routes are read from the application itself, so a new route cannot slip
 * past: one whose object this test cannot supply fails the test until it is added to {@link ForeignObjects}.
 */
@ServerTest
class EveryRouteIsolationIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** A form that would change something if the route let it through. */
	private static final Map<String, String> HOSTILE_FORM = Map.ofEntries(Map.entry("title", "Kaapattu"),
			Map.entry("name", "Kaapattu"), Map.entry("description", "Kaapattu"), Map.entry("version", "0"),
			Map.entry("baseRevision", "1"), Map.entry("status", "DONE"), Map.entry("quadrant", "THREAT"),
			Map.entry("response", "Kaapattu"), Map.entry("value", "1"), Map.entry("measuredOn", "2026-01-01"),
			Map.entry("source", "Kaapattu"), Map.entry("startYear", "2026"), Map.entry("endYear", "2027"));

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ForeignObjects foreignObjects;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteAnswersAnotherOrganisationsObjectsExactlyLikeMissingOnes() {
		var mine = data.organisation();
		var theirs = data.organisation();
		var foreign = foreignObjects.createIn(theirs);
		var before = foreign.fingerprint();
		var routes = routesNamingObjects();
		assertThat(routes).as("the application's routes that take ids").hasSizeGreaterThan(20);

		var unknown = new TreeSet<String>();
		for (var person : List.of(mine.itManager(), mine.administrator(), mine.viewer())) {
			var browser = new Browserless(port);
			browser.signIn(person.username(), "salasana-" + person.username());
			for (var route : routes) {
				var ids = foreign.idsFor(route.pattern());
				if (ids == null) {
					unknown.add(route.pattern());
					continue;
				}
				String theirPath = route.expand(ids::get);
				if (route.isPublishedList()) {
					// Their published list is meant for everyone (ADR 0013); it must still show nothing unpublished.
					var published = route.send(browser, theirPath);
					assertThat(published.statusCode()).as(route.method() + " " + theirPath).isIn(200, 406);
					assertThat(published.body()).as(theirPath).doesNotContain(ForeignObjects.SECRET);
					continue;
				}
				String missingPath = route.expand(variable -> UUID.randomUUID().toString());
				var missing = route.send(browser, missingPath);
				var answer = route.send(browser, theirPath);
				String what = route.method() + " " + theirPath + " as " + person.name();
				// A person without the right to edit is refused before any lookup; that answer reveals nothing either.
				assertThat(missing.statusCode()).as(what + " (random id)").isIn(403, 404);
				assertThat(answer.statusCode()).as(what).isEqualTo(missing.statusCode());
				assertThat(Browserless.withoutCsrfTokens(answer.body())).as(what)
					.isEqualTo(Browserless.withoutCsrfTokens(missing.body()))
					.doesNotContain(ForeignObjects.SECRET);
			}
		}
		assertThat(unknown).as("routes whose object ForeignObjects cannot supply yet").isEmpty();
		assertThat(foreign.fingerprint()).as("their objects after every attempt").isEqualTo(before);
	}

	/** The application's own GET and POST routes with at least one path variable. */
	private List<Route> routesNamingObjects() {
		var routes = new ArrayList<Route>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			var info = mapping.getKey();
			if (!mapping.getValue().toString().startsWith("fi.ohjaamo.") || info.getPathPatternsCondition() == null) {
				continue;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (!pattern.contains("{")) {
					continue;
				}
				for (var method : methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods)) {
					routes.add(new Route(method, pattern));
				}
			}
		}
		routes.sort((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
		return routes;
	}

	record Route(RequestMethod method, String pattern) {

		/** A route that names only an organisation's public address: its published projects, open to all. */
		boolean isPublishedList() {
			return method == RequestMethod.GET && pattern.contains("{slug}") && pattern.indexOf('{') == pattern.lastIndexOf('{');
		}

		String expand(Function<String, String> idOf) {
			var matcher = VARIABLE.matcher(pattern);
			var path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, idOf.apply(matcher.group(1)));
			}
			matcher.appendTail(path);
			return path + ForeignObjects.QUERIES.getOrDefault(pattern, "");
		}

		java.net.http.HttpResponse<String> send(Browserless browser, String path) {
			return method == RequestMethod.POST ? browser.post(path, new LinkedHashMap<>(HOSTILE_FORM))
					: browser.get(path);
		}

	}

}
