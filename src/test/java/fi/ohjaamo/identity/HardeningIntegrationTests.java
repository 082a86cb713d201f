package fi.ohjaamo.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.ServerTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answers to requests a browser never sends on its own: a forged Host header, and the
 * forwarded headers of the TLS proxy Ohjaamo runs behind. Raw sockets, because an HTTP client rewrites both.
 */
@ServerTest
class HardeningIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void neverEchoesTheHostHeaderIntoARedirect() throws IOException {
		for (String path : List.of("/projects", "/", "/projects/roadmap?lang=sv", "/plans")) {
			String response = raw("GET " + path + " HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
			assertThat(response).as(path).startsWith("HTTP/1.1 302");
			assertThat(header(response, "location")).as(path).doesNotContain("attacker.example").startsWith("/");
		}
	}

	@Test
	void afterSigningInReturnsToThePageAskedForWithoutTheHostItWasAskedFrom() throws IOException {
		var person = data.organisation().viewer();
		String asked = raw("GET /plans HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
		String session = header(asked, "set-cookie").split(";")[0];
		String login = rawWithBody("GET /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
				+ "\r\nConnection: close\r\n\r\n");
		var token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=" + person.username() + "&password=salasana-" + person.username() + "&_csrf="
				+ java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		String signedIn = raw("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\nConnection: close\r\n\r\n" + form);
		assertThat(header(signedIn, "location")).doesNotContain("attacker.example").startsWith("/plans");
	}

	@Test
	void marksTheSessionCookieSecureWhenTheTlsProxySaysTheRequestCameOverHttps() throws IOException {
		String response = raw("GET /login HTTP/1.1\r\nHost: ohjaamo.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 200");
		assertThat(header(response, "set-cookie")).contains("JSESSIONID").containsIgnoringCase("; Secure");
		String plain = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(header(plain, "set-cookie")).as("plain HTTP on a developer's machine still works")
			.contains("JSESSIONID")
			.doesNotContainIgnoringCase("secure");
	}

	@Test
	void deniesPowerfulBrowserFeaturesInAPermissionsPolicy() throws IOException {
		String response = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(header(response, "permissions-policy")).contains("camera=()", "microphone=()", "geolocation=()",
				"payment=()", "usb=()");
	}

	private String raw(String request) throws IOException {
		String all = rawWithBody(request);
		int end = all.indexOf("\r\n\r\n");
		return end < 0 ? all : all.substring(0, end);
	}

	private String rawWithBody(String request) throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		return response.lines()
			.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
			.map(line -> line.substring(name.length() + 1).strip())
			.findFirst()
			.orElse("");
	}

}
