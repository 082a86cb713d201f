package fi.ohjaamo;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every parameter of every route, sent values no form would send: unknown enum constants, text far over any limit,
 * list indexes beyond what the binder grows, words in numbers, malformed ids and dates, huge numbers and control
 * characters. Each answer must be a page, a redirect, 400 or 404, never a server error. The routes and their
 * parameters (query parameters, path variables and the fields of form records, nested and in lists) are read from
 * the application's own handler mappings, so a new route or field is tried without anyone adding it here.
 */
@IntegrationTest
class EveryParameterIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final String CONTROL = "Ohjaus\u0000merkit\u0007\u001B\u0008";

	/** Longer than any text a form or column takes. */
	private static final String LONG = "x".repeat(10_001);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noValueOfAnyParameterOfAnyRouteIsAServerError() {
		var org = data.organisation();
		var objects = beans.createBean(ForeignObjects.class).createIn(org);
		var routes = routes();
		assertThat(routes).as("the application's routes").hasSizeGreaterThan(100);

		var failures = new TreeMap<String, String>();
		int sent = 0;
		for (var route : routes) {
			var person = route.pattern().startsWith("/admin") ? org.administrator() : org.itManager();
			var ids = objects.idsFor(route.pattern());
			for (var attempt : route.attempts(ids)) {
				sent++;
				String what = route.method() + " " + route.pattern() + " " + attempt.what();
				try {
					int status = mvc.perform(attempt.request().with(person.signedIn()).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus();
					if (!(status < 400 || status == 400 || status == 404)) {
						failures.put(what, String.valueOf(status));
						System.out.println("FUZZ " + what + " -> " + status);
					}
				}
				catch (Exception | AssertionError ex) {
					Throwable root = ex;
					while (root.getCause() != null) {
						root = root.getCause();
					}
					failures.put(what, root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage())
						.lines()
						.findFirst()
						.orElse(""));
					System.out.println("FUZZ " + what + " -> " + failures.get(what));
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(500);
		assertThat(failures).as("answers other than 2xx, 3xx, 400 or 404").isEmpty();
	}

	/** The cases the review found, each with the answer it gets now. */
	@Test
	void anUnknownChoiceOrAHugeListIndexIsABadRequest() throws Exception {
		var org = data.organisation();
		for (var request : List.of(MockMvcRequestBuilders.get("/registers/systems").param("criticality", "BOGUS"),
				MockMvcRequestBuilders.get("/registers/systems").param("serviceArea", "ei-uuid"),
				MockMvcRequestBuilders.post("/projects").with(csrf()).param("title", "x").param("costs[256].kind", "ONE_OFF"),
				MockMvcRequestBuilders.post("/projects").with(csrf()).param("costs[99999999999].kind", "ONE_OFF"))) {
			assertThat(mvc.perform(request.with(org.itManager().signedIn())).andReturn().getResponse().getStatus())
				.isEqualTo(400);
		}
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/registers/systems").param("supportMonths", "kymmenen")
			.with(org.itManager().signedIn())).andReturn().getResponse().getContentAsString())
			.as("a typed horizon gets its message next to the field").contains("id=\"supportMonths-error\"");
	}

	/** The sign-in form is Spring Security's, not a handler mapping: its fields get the same treatment here. */
	@Test
	void signingInWithAnyNameOrPasswordIsRefusedWithoutAServerError() throws Exception {
		for (String bad : List.of("n".repeat(101), LONG, CONTROL, "")) {
			for (var form : List.of(Map.of("username", bad, "password", "salasana"),
					Map.of("username", "ei-ketaan", "password", bad))) {
				var request = MockMvcRequestBuilders.post("/login").with(csrf());
				form.forEach(request::param);
				String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
				assertThat(location).as(shownForm(form)).endsWith("/login?error");
			}
		}
	}

	private static String shownForm(Map<String, String> form) {
		var shown = new TreeMap<String, String>();
		form.forEach((name, value) -> shown.put(name, Route.shown(value)));
		return shown.toString();
	}

	/** Every GET and POST route of the application, those that delete last, so the others still find their objects. */
	private List<Route> routes() {
		var routes = new ArrayList<Route>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getName().startsWith("fi.ohjaamo.") || info.getPathPatternsCondition() == null) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (var method : methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods)) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						routes.add(new Route(method, pattern, handler));
					}
				}
			}
		});
		routes.sort((a, b) -> (a.destroys() + a.pattern() + a.method()).compareTo(b.destroys() + b.pattern() + b.method()));
		return routes;
	}

	/** One request to send, and what it tries. */
	record Attempt(String what, MockHttpServletRequestBuilder request) {
	}

	/** A parameter as the client sends it: its name and the bad values of its type, the worst first. */
	record Parameter(String name, List<String> bad) {

		boolean textual() {
			return bad.getFirst().equals(CONTROL);
		}

	}

	record Route(RequestMethod method, String pattern, HandlerMethod handler) {

		boolean destroys() {
			return pattern.matches(".*(delete|remove|discard|adopt|approve|close).*");
		}

		List<Attempt> attempts(@Nullable Map<String, String> ids) {
			var parameters = new ArrayList<Parameter>();
			var pathTypes = new LinkedHashMap<String, Class<?>>();
			for (var parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				collect(parameter, parameters, pathTypes);
			}
			var attempts = new ArrayList<Attempt>();
			String path = expand(variable -> ids != null && ids.containsKey(variable) ? ids.get(variable)
					: valid(pathTypes.getOrDefault(variable, UUID.class)));
			int rounds = parameters.stream().mapToInt(p -> p.bad().size()).max().orElse(0);
			for (int round = 0; round < rounds; round++) {
				var request = request(path);
				for (var parameter : parameters) {
					request.param(parameter.name(), parameter.bad().get(Math.min(round, parameter.bad().size() - 1)));
				}
				attempts.add(new Attempt("every parameter, bad values #" + round, request));
			}
			// Alone, a wrong value meets code that the others' errors could have stopped before it.
			for (var parameter : parameters) {
				if (parameter.textual() || parameter.name().contains("[") && !parameter.name().contains("[256]")) {
					continue; // text gets no conversion: the rounds above try it; so do the other list indexes
				}
				String bad = parameter.bad().getFirst();
				attempts.add(new Attempt(parameter.name() + "=" + shown(bad), request(path).param(parameter.name(), bad)));
			}
			for (var variable : pathTypes.entrySet()) {
				for (String bad : badValues(variable.getValue(), null).subList(0, 2)) {
					attempts.add(new Attempt("{" + variable.getKey() + "}=" + shown(bad), request(expand(name -> name
						.equals(variable.getKey()) ? encode(bad)
								: ids != null && ids.containsKey(name) ? ids.get(name)
										: valid(pathTypes.getOrDefault(name, UUID.class))))));
				}
			}
			return attempts;
		}

		private MockHttpServletRequestBuilder request(String path) {
			return method == RequestMethod.POST ? MockMvcRequestBuilders.post(java.net.URI.create(path))
					: MockMvcRequestBuilders.get(java.net.URI.create(path));
		}

		private String expand(java.util.function.Function<String, String> valueOf) {
			var matcher = VARIABLE.matcher(pattern);
			var path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(valueOf.apply(matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private static void collect(MethodParameter parameter, List<Parameter> parameters,
				Map<String, Class<?>> pathTypes) {
			Class<?> type = parameter.getParameterType();
			var path = parameter.getParameterAnnotation(PathVariable.class);
			if (path != null) {
				pathTypes.put(!path.value().isEmpty() ? path.value() : parameter.getParameterName(), type);
				return;
			}
			if (parameter.hasParameterAnnotation(RequestHeader.class) || parameter.hasParameterAnnotation(CookieValue.class)
					|| parameter.hasParameterAnnotation(RequestPart.class) || MultipartFile.class.isAssignableFrom(type)
					|| Map.class.isAssignableFrom(type) || type == CurrentUser.class) {
				return;
			}
			var param = parameter.getParameterAnnotation(RequestParam.class);
			String name = param != null && !param.value().isEmpty() ? param.value() : parameter.getParameterName();
			if (param != null || isSimple(type) || Collection.class.isAssignableFrom(type)) {
				if (name != null) {
					parameters.add(new Parameter(name, badValues(type, parameter.getGenericParameterType())));
				}
				return;
			}
			if (type.getName().startsWith("fi.ohjaamo.")) {
				fields("", type, parameters, 0);
			}
		}

		/** The fields of a form: a record's components, nested records with a dot, lists of records with indexes. */
		private static void fields(String prefix, Class<?> type, List<Parameter> parameters, int depth) {
			if (!type.isRecord() || depth > 3) {
				return;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				String name = prefix + component.getName();
				Class<?> fieldType = component.getType();
				Class<?> element = elementOf(component.getGenericType());
				if (Collection.class.isAssignableFrom(fieldType) && element != null && element.isRecord()) {
					for (String index : List.of("[0]", "[256]", "[100000]", "[-1]")) {
						fields(name + index + ".", element, parameters, depth + 1);
					}
				}
				else if (fieldType.isRecord()) {
					fields(name + ".", fieldType, parameters, depth + 1);
				}
				else {
					parameters.add(new Parameter(name, badValues(fieldType, component.getGenericType())));
				}
			}
		}

		private static boolean isSimple(Class<?> type) {
			return BeanUtils.isSimpleProperty(type) || type == UUID.class;
		}

		private static @Nullable Class<?> elementOf(Type generic) {
			if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
				return c;
			}
			return null;
		}

		/** The values no form of this type would send, the plainly wrong type first. */
		static List<String> badValues(Class<?> type, @Nullable Type generic) {
			if (Collection.class.isAssignableFrom(type) || type.isArray()) {
				Class<?> element = type.isArray() ? type.getComponentType() : generic == null ? null : elementOf(generic);
				return element == null || element == Object.class ? List.of(CONTROL, LONG) : badValues(element, null);
			}
			if (type.isEnum()) {
				return List.of("BOGUS", "");
			}
			if (type == UUID.class) {
				return List.of("ei-uuid", CONTROL);
			}
			if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || (type.isPrimitive()
					&& type != boolean.class && type != char.class)) {
				return List.of("kymmenen", "9".repeat(400), "1e999999999", "-2147483649");
			}
			if (type == Boolean.class || type == boolean.class) {
				return List.of("ehkä", CONTROL);
			}
			if (Temporal.class.isAssignableFrom(type) || type == LocalDate.class) {
				return List.of("2026-02-31", "99999-01-01", CONTROL);
			}
			return List.of(CONTROL, LONG);
		}

		private static String valid(Class<?> type) {
			return type == int.class || type == Integer.class || type == long.class || type == Long.class ? "1"
					: UUID.randomUUID().toString();
		}

		private static String encode(String value) {
			return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		}

		static String shown(String value) {
			return value.length() > 20 ? value.substring(0, 3) + "…(" + value.length() + ")" : value.replaceAll("\\p{Cntrl}", "·");
		}

	}

}
