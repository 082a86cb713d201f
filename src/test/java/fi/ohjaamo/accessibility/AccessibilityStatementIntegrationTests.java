package fi.ohjaamo.accessibility;

import java.util.Map;

import fi.ohjaamo.Browserless;
import fi.ohjaamo.ServerTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.publication.PublicationSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accessibility statement Act 306/2019 requires: linked from every page, read without signing in. */
@ServerTest
class AccessibilityStatementIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	PublicationSites sites;

	@Autowired
	AccessibilityStatements statements;

	@Test
	void everyPageLinksTheStatementWhichAnyoneReadsWithoutSigningIn() {
		var org = data.organisation();
		var anonymous = new Browserless(port);
		assertThat(anonymous.get("/login").body()).contains("href=\"/accessibility\"");
		var list = anonymous.get("/accessibility");
		assertThat(list.statusCode()).isEqualTo(200);
		String address = "/public/" + sites.slugOf(org.id()) + "/accessibility";
		assertThat(list.body()).contains("href=\"" + address + "\"");

		var statement = anonymous.get(address);
		assertThat(statement.statusCode()).isEqualTo(200);
		assertThat(statement.body()).contains("Saavutettavuusseloste: " + org.name())
			.contains(org.name() + " pyrkii takaamaan")
			.contains("306/2019")
			.contains("oletusseloste");

		var viewer = new Browserless(port);
		viewer.signIn(org.viewer().username(), "salasana-" + org.viewer().username());
		assertThat(viewer.get("/projects").body()).contains("href=\"/accessibility\"");
	}

	@Test
	void theAdministratorRewritesTheStatementAndOthersCannot() {
		var org = data.organisation();
		String address = "/public/" + sites.slugOf(org.id()) + "/accessibility";
		var viewer = new Browserless(port);
		viewer.signIn(org.viewer().username(), "salasana-" + org.viewer().username());
		assertThat(viewer.get("/admin/accessibility").statusCode()).isEqualTo(403);
		viewer.get("/projects");
		assertThat(viewer.post("/admin/accessibility", Map.of("body", "Kaappaus")).statusCode()).isEqualTo(403);

		var admin = new Browserless(port);
		admin.signIn(org.administrator().username(), "salasana-" + org.administrator().username());
		var form = admin.get("/admin/accessibility");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).as("starts from the default text").contains(org.name() + " pyrkii takaamaan");
		var saved = admin.post("/admin/accessibility",
				Map.of("body", "Palvelu täyttää vaatimukset osittain.\n\nPalaute: saavutettavuus@kunta.example"));
		assertThat(saved.headers().firstValue("Location")).hasValue("/admin/accessibility?saved");

		String page = new Browserless(port).get(address).body();
		assertThat(page).contains("<p>Palvelu täyttää vaatimukset osittain.</p>")
			.contains("<p>Palaute: saavutettavuus@kunta.example</p>")
			.doesNotContain("Kaappaus")
			.doesNotContain("pyrkii takaamaan")
			.contains("Seloste on päivitetty");

		admin.get("/admin/accessibility");
		admin.post("/admin/accessibility", Map.of("body", "  "));
		assertThat(new Browserless(port).get(address).body()).as("an empty text brings the default back")
			.contains(org.name() + " pyrkii takaamaan");
	}

	@Test
	void theStatementServiceItselfRefusesEveryoneButTheAdministrator() {
		var org = data.organisation();
		for (var person : java.util.List.of(org.itManager(), org.areaEditor(), org.projectManager(), org.viewer())) {
			assertThatThrownBy(() -> statements.write(person.asUser(), "Kaappaus"))
				.as(person.name()).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(statements.textOf(org.id())).as("nothing written").isEmpty();
		assertThatThrownBy(() -> statements.write(org.administrator().asUser(), "x".repeat(AccessibilityStatements.MAX_CHARS + 1)))
			.isInstanceOf(IllegalArgumentException.class);
		statements.write(org.administrator().asUser(), "Oma seloste.");
		assertThat(statements.textOf(org.id())).hasValue("Oma seloste.");
	}

}
