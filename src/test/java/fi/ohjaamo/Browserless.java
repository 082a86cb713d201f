package fi.ohjaamo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: it keeps cookies, does not follow
 * redirects (so tests see them) and sends the page's CSRF token with every form it posts.
 */
public final class Browserless {

	private static final String HTML = "text/html,application/xhtml+xml";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private String csrfToken = "";

	/** The client's address as a TLS proxy in front of Ohjaamo would report it; empty for a direct connection. */
	private String forwardedFor = "";

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The same browser as seen through the proxy from another address. */
	public Browserless from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public HttpResponse<String> get(String path) {
		var response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).GET().build());
		var token = CSRF.matcher(response.body());
		if (token.find()) {
			csrfToken = token.group(1);
		}
		return response;
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		var fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", csrfToken);
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Signs in through the real login form; returns the response to the login post. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** The page without its CSRF tokens, which are masked afresh on every response. */
	public static String withoutCsrfTokens(String page) {
		return CSRF.matcher(page).replaceAll("");
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (!forwardedFor.isEmpty()) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
