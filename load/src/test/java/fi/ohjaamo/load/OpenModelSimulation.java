package fi.ohjaamo.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * People using Ohjaamo, arriving at a steady rate whatever the server's answer time (an open model): each arrival
 * is one action of a signed-in person, in the mix below. Before the run, the simulation signs in through the real
 * form (CSRF token and session cookie) a few times and collects cards from the portfolio; arrivals then reuse those
 * sessions, as people who signed in earlier in the day do.
 *
 * System properties: {@code ohjaamo.url} (default http://127.0.0.1:8181), {@code ohjaamo.user} (bench),
 * {@code ohjaamo.password} (ohjaamo-bench), {@code rate} actions a second (15), {@code seconds} the run lasts (120).
 */
public class OpenModelSimulation extends Simulation {

	private static final String BASE = System.getProperty("ohjaamo.url", "http://127.0.0.1:8181");

	private static final double RATE = Double.parseDouble(System.getProperty("rate", "15"));

	private static final int SECONDS = Integer.parseInt(System.getProperty("seconds", "120"));

	private static final int SESSIONS = 20;

	private static final List<String> WORDS = List.of("järjestelmä", "tietoturva", "asiakas", "palvelu", "hankinta",
			"verkko", "kehittäminen", "sähköinen");

	private static final Prepared PREPARED = Prepared.signIn(BASE, System.getProperty("ohjaamo.user", "bench"),
			System.getProperty("ohjaamo.password", "ohjaamo-bench"));

	/** Sessions and cards collected before the run. */
	record Prepared(List<String> sessions, List<String> projects) {

		static Prepared signIn(String base, String user, String password) {
			var sessions = new ArrayList<String>();
			var projects = new LinkedHashSet<String>();
			for (int i = 0; i < SESSIONS; i++) {
				var cookies = new CookieManager();
				var client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
				String login = get(client, base + "/login");
				var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
				if (!token.find()) {
					throw new IllegalStateException("no CSRF token on " + base + "/login");
				}
				post(client, base + "/login", Map.of("username", user, "password", password, "_csrf", token.group(1)));
				if (i == 0) {
					for (int page = 1; page <= 5; page++) {
						var links = Pattern.compile("href=\"/projects/([0-9a-f-]{36})\"")
							.matcher(get(client, base + "/projects?page=" + page));
						while (links.find()) {
							projects.add(links.group(1));
						}
					}
				}
				String session = cookies.getCookieStore().getCookies().stream()
					.filter(c -> c.getName().equals("JSESSIONID"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("signing in as " + user + " gave no session"))
					.getValue();
				sessions.add(session);
			}
			if (projects.isEmpty()) {
				throw new IllegalStateException("the portfolio of " + user + " shows no projects");
			}
			return new Prepared(sessions, List.copyOf(projects));
		}

		private static String get(HttpClient client, String url) {
			return send(client, HttpRequest.newBuilder(URI.create(url)).GET().build());
		}

		private static void post(HttpClient client, String url, Map<String, String> form) {
			String body = form.entrySet().stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.reduce((a, b) -> a + "&" + b)
				.orElse("");
			send(client, HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private static String send(HttpClient client, HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Each arrival: a signed-in session and a card, picked at random. */
	private static Iterator<Map<String, Object>> arrivals() {
		return Stream.generate(() -> {
			var random = ThreadLocalRandom.current();
			return Map.<String, Object>of("session", PREPARED.sessions().get(random.nextInt(PREPARED.sessions().size())),
					"project", PREPARED.projects().get(random.nextInt(PREPARED.projects().size())), "word",
					WORDS.get(random.nextInt(WORDS.size())));
		}).iterator();
	}

	private static final ChainBuilder VIEW_CARD = exec(http("card").get("/projects/#{project}"));

	private static final ChainBuilder HISTORY = exec(http("card history").get("/projects/#{project}/history"));

	private static final ChainBuilder LIST = exec(
			http("portfolio filtered").get("/projects?status=IN_PROGRESS&status=APPROVED&sort=priority&dir=asc"));

	private static final ChainBuilder SEARCH = exec(http("search").get("/search?q=#{word}"));

	private static final ChainBuilder HOME = exec(http("home page").get("/"));

	private static final ChainBuilder DOCUMENT = exec(http("portfolio summary pdf")
		.get("/documents/portfolio-summary.pdf?lang=fi&status=IN_PROGRESS&status=APPROVED"));

	/** Opens the card's form and saves it as it stands: a new version, or the merge page if another save came first. */
	private static final ChainBuilder SAVE = exec(http("card form").get("/projects/#{project}/edit")
		.check(form("main form[method=post]").saveAs("card")))
		.exec(http("card save").post("/projects/#{project}").formParamMap(session -> session.<Object>getMap("card")).formParam("_action", "save")
			.check(status().in(200, 302)));

	private final ScenarioBuilder people = scenario("people at work").feed(arrivals())
		.exec(addCookie(Cookie("JSESSIONID", "#{session}")))
		.exec(randomSwitch().on(new Choice.WithWeight(30, VIEW_CARD), new Choice.WithWeight(10, HISTORY),
				new Choice.WithWeight(20, LIST), new Choice.WithWeight(15, SEARCH), new Choice.WithWeight(10, HOME),
				new Choice.WithWeight(5, DOCUMENT), new Choice.WithWeight(10, SAVE)));

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.disableFollowRedirect()
		.acceptLanguageHeader("fi")
		.check(status().in(200, 302));

	{
		setUp(people.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

}
