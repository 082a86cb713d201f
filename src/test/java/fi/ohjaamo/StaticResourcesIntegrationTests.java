package fi.ohjaamo;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stylesheet and script a page links to is served, to anyone, as what it claims to be. */
@ServerTest
class StaticResourcesIntegrationTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void servesTheStylesheetsAndScriptsThePagesLinkTo() {
		data.organisation();
		var browser = new Browserless(port);
		String login = browser.get("/login").body();
		var assets = ASSET.matcher(login).results().map(m -> m.group(1)).toList();
		assertThat(assets).anyMatch(a -> a.endsWith("ohjaamo.css")).anyMatch(a -> a.contains("htmx"));
		for (String asset : assets) {
			var response = browser.get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(asset)
				.hasValueSatisfying(type -> assertThat(type).containsAnyOf("text/css", "javascript"));
		}
		assertThat(browser.get("/css/print.css").statusCode()).isEqualTo(200);
	}

}
