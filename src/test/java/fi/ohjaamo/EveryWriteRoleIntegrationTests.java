package fi.ohjaamo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.ohjaamo.decisions.Approvals;
import fi.ohjaamo.decisions.DecisionOutcome;
import fi.ohjaamo.decisions.DecisionRecord;
import fi.ohjaamo.decisions.ProjectFiles;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every write route of the application (POST, PUT, PATCH, DELETE), tried by each kind of person who might try it
 * on objects of their own organisation: a viewer, a project manager on a project that is not theirs, the editor of
 * another service area, IT management and an administrator. Who may write is kept beside the test in
 * {@code write-permissions.csv}; a person it refuses must get 403 and leave every object and the audit log as they
 * were, and a person it allows must not be refused. The routes are read from the application itself, so a new
 * write route fails this test until it has a row in the table.
 */
@IntegrationTest
class EveryWriteRoleIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	private static final Comparator<Route> REMOVALS_LAST = Comparator.comparing(Route::removes)
		.thenComparing(Route::toString);

	/**
	 * A form that would change something if the route let it through, with every parameter a route requires, so
	 * that no one is turned away for a missing field before their right to write is asked.
	 */
	private static final Map<String, String> FORM = Map.ofEntries(Map.entry("n", "0"), Map.entry("step", "1"),
			Map.entry("direction", "UP"), Map.entry("key", "0"), Map.entry("title", "Kaapattu"),
			Map.entry("name", "Kaapattu"), Map.entry("description", "Kaapattu"), Map.entry("version", "0"),
			Map.entry("baseRevision", "1"), Map.entry("status", "DONE"), Map.entry("quadrant", "THREAT"),
			Map.entry("response", "Kaapattu"), Map.entry("value", "1"), Map.entry("measuredOn", "2026-01-01"),
			Map.entry("source", "Kaapattu"), Map.entry("startYear", "2026"), Map.entry("endYear", "2027"));

	/** The people the table speaks of, by its column names. */
	enum Who {

		VIEWER, OTHER_PROJECT_MANAGER, OTHER_AREA_EDITOR, IT_MANAGEMENT, ADMINISTRATOR

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Approvals approvals;

	@Autowired
	ProjectFiles files;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyWriteRouteRefusesExactlyThePeopleTheTableRefuses() throws Exception {
		var org = data.organisation();
		var objects = beans.createBean(ForeignObjects.class).createIn(org);
		var people = new LinkedHashMap<Who, TestData.Person>();
		people.put(Who.VIEWER, org.viewer());
		people.put(Who.OTHER_PROJECT_MANAGER, org.projectManager());
		people.put(Who.OTHER_AREA_EDITOR, data.person(org.id(), org.name(), "Olli Toisen Alueen Editori",
				Role.SERVICE_AREA_EDITOR, org.otherServiceAreaId()));
		people.put(Who.IT_MANAGEMENT, org.itManager());
		people.put(Who.ADMINISTRATOR, org.administrator());
		String projectId = objects.idsFor("/projects/{id}").get("id");
		files.recordRisk(org.itManager().asUser(), UUID.fromString(projectId), "Riskit", "", LocalDate.of(2026, 3, 1));
		approvals.markAssessed(org.itManager().asUser(), UUID.fromString(projectId));
		var decision = approvals.record(org.itManager().asUser(), UUID.fromString(projectId), new DecisionRecord(
				DecisionOutcome.APPROVED, LocalDate.of(2026, 3, 12), "§ 1", "TIETO/1/2026", "Hyväksytään.", "", ""));
		var form = new LinkedHashMap<>(FORM);
		form.put("projectId", projectId);
		form.put("decision", decision.getId().toString());
		var table = table();
		var routes = writeRoutes();
		assertThat(routes).as("the application's write routes").hasSizeGreaterThan(100);

		var unclassified = new TreeSet<String>();
		var wrong = new TreeMap<String, String>();
		var observed = new TreeMap<String, Set<Who>>();
		// Everyone refused first: an allowed write may remove an object the later routes name.
		for (var route : routes.stream().sorted(REMOVALS_LAST).toList()) {
			var ids = objects.idsFor(route.pattern());
			assertThat(ids).as("objects for " + route).isNotNull();
			Set<Who> allowed = table.get(route.toString());
			if (allowed == null) {
				// Tried by everyone, and those it did not refuse are printed, to help whoever classifies it.
				unclassified.add(route.toString());
			}
			for (var who : Who.values()) {
				if (allowed != null && allowed.contains(who)) {
					continue;
				}
				String before = state(objects, org.id());
				int status = send(route, ids, form, people.get(who));
				String after = state(objects, org.id());
				if (status != 403) {
					observed.computeIfAbsent(route.toString(), r -> EnumSet.noneOf(Who.class)).add(who);
				}
				if (allowed != null && (status != 403 || !after.equals(before))) {
					wrong.put(route + " as " + who, "answered " + status
							+ (after.equals(before) ? "" : " and wrote: " + before + " -> " + after));
				}
			}
		}
		for (var route : routes.stream().sorted(REMOVALS_LAST).toList()) {
			Set<Who> allowed = table.getOrDefault(route.toString(), Set.of());
			for (var who : allowed) {
				int status = send(route, objects.idsFor(route.pattern()), form, people.get(who));
				if (status == 403) {
					wrong.put(route + " as " + who, "refused");
				}
			}
		}
		unclassified.forEach(r -> System.out.println("UNCLASSIFIED " + r + ";"
				+ String.join(" ", observed.getOrDefault(r, Set.of()).stream().map(Enum::name).toList())));
		assertThat(unclassified).as("write routes without a row in write-permissions.csv").isEmpty();
		assertThat(table.keySet()).as("rows of write-permissions.csv naming no route")
			.isSubsetOf(routes.stream().map(Route::toString).toList());
		assertThat(wrong).as("answers the table does not expect").isEmpty();
	}

	private int send(Route route, Map<String, String> ids, Map<String, String> form, TestData.Person person) {
		var matcher = VARIABLE.matcher(route.pattern());
		var path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, ids.get(matcher.group(1)));
		}
		matcher.appendTail(path);
		var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method().name()), path.toString())
			.with(person.signedIn())
			.with(csrf());
		form.forEach(request::param);
		try {
			return mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			// A write the object's state forbids (an archived strategy made current) still was not refused.
			return 500;
		}
	}

	/** Everything a write could change: the objects, or that one of them is gone, and the audit log. */
	private String state(ForeignObjects.Made objects, UUID organisationId) {
		String fingerprint;
		try {
			fingerprint = objects.fingerprint();
		}
		catch (NotFoundException ex) {
			fingerprint = "an object removed";
		}
		return fingerprint + " audit entries " + jdbc.queryForObject(
				"select count(*) from audit_entry where organisation_id = ?", Integer.class, organisationId);
	}

	/** Route ("POST /path/{id}") to the people who may use it; blank lines and lines starting with # are skipped. */
	private static Map<String, Set<Who>> table() {
		try {
			var rows = new LinkedHashMap<String, Set<Who>>();
			var text = new ClassPathResource("fi/ohjaamo/write-permissions.csv").getContentAsString(StandardCharsets.UTF_8);
			for (String line : text.lines().map(String::strip).toList()) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(";", -1);
				var who = EnumSet.noneOf(Who.class);
				for (String name : cells[1].strip().split("\\s+")) {
					if (!name.isEmpty()) {
						who.add(Who.valueOf(name));
					}
				}
				assertThat(rows.put(cells[0].strip(), who)).as("second row for " + cells[0]).isNull();
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Route> writeRoutes() {
		var routes = new ArrayList<Route>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			var info = mapping.getKey();
			if (!mapping.getValue().toString().startsWith("fi.ohjaamo.") || info.getPathPatternsCondition() == null) {
				continue;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					if (WRITES.contains(method)) {
						routes.add(new Route(method, pattern));
					}
				}
			}
		}
		routes.sort((a, b) -> a.toString().compareTo(b.toString()));
		return routes;
	}

	record Route(RequestMethod method, String pattern) {

		/** Removals go last among the allowed writes, so that the routes before them still find their objects. */
		boolean removes() {
			return method == RequestMethod.DELETE || pattern.contains("remove") || pattern.contains("delete");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

}
