package fi.ohjaamo.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.Browserless;
import fi.ohjaamo.ServerTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write and every export leaves a line: who, which organisation, what, when and from where. */
@ServerTest
class AuditLogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	AuditEntryRepository entries;

	@Test
	void recordsWritesAndExportsWithWhoWhatAndWhere() {
		var org = data.organisation();
		var project = data.project(org, "Lokitettava hanke");
		var browser = new Browserless(port);
		browser.signIn(org.administrator().username(), "salasana-" + org.administrator().username());
		assertThat(browser.get("/projects/" + project.getId() + "/print").statusCode()).isEqualTo(200);

		var lines = entries.findByOrganisationIdOrderByOccurredAtDesc(org.id(), PageRequest.of(0, 100)).getContent();
		assertThat(lines).extracting(AuditEntry::getAction)
			.contains("organisation.created", "organisation.unit-added", "organisation.role-granted",
					"strategy.goal-added", "project.created", "portfolio.exported");
		var print = lines.stream().filter(e -> e.getAction().equals("portfolio.exported")).findFirst().orElseThrow();
		assertThat(print.getActorName()).contains(org.administrator().name());
		assertThat(print.getRemoteAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(print.getObjectId()).contains(project.getId().toString());

		String page = browser.get("/admin/audit").body();
		assertThat(page).contains("Lokitettava hanke").contains("Tulostus tai vienti").contains("Projekti luotiin");
	}

	@Test
	void readsInWordsWithTheNamesOfProjectsAndPeopleNeverIdsOrCodes() {
		var org = data.organisation();
		var project = data.project(org, "Nimetty hanke");
		projects.decide(org.itManager().asUser(), project.getId(), Status.APPROVED, "");
		var browser = new Browserless(port);
		browser.signIn(org.administrator().username(), "salasana-" + org.administrator().username());
		browser.get("/projects/" + project.getId() + "/print");

		var rows = Jsoup.parse(browser.get("/admin/audit").body()).select(".audit tbody tr");
		String text = rows.text();
		assertThat(text).as("no ids or code words").doesNotContain(project.getId().toString())
			.doesNotContain(org.itManager().id().toString())
			.doesNotContain("APPROVED")
			.doesNotContain("IT_MANAGEMENT")
			.doesNotContain("ADMINISTRATOR");
		assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Projektin tila muuttui päätöksellä")
			.contains("Nimetty hanke: Hyväksytty"));
		assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Tulostus tai vienti")
			.contains("Nimetty hanke"));
		assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Rooli myönnettiin")
			.contains(org.itManager().name() + ": tietohallinto"));
	}

	@Test
	void theOrganisationsAdministratorSeesTheSignInsAndFailedSignInsOfItsPeople() {
		var org = data.organisation();
		var other = data.organisation();
		new Browserless(port).signIn(org.viewer().username(), "väärä salasana");
		new Browserless(port).signIn(org.viewer().username(), "salasana-" + org.viewer().username());
		new Browserless(port).signIn(other.viewer().username(), "väärä salasana");

		var browser = new Browserless(port);
		browser.signIn(org.administrator().username(), "salasana-" + org.administrator().username());
		var rows = Jsoup.parse(browser.get("/admin/audit").body()).select(".audit tbody tr");
		String who = org.viewer().name() + " (" + org.viewer().username() + ")";
		assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Epäonnistunut kirjautuminen").contains(who));
		assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Kirjautui sisään").contains(who));
		assertThat(rows.text()).as("another organisation's sign-ins stay out")
			.doesNotContain(other.viewer().username());
	}

	@Test
	void anotherOrganisationsLinesStayInvisible() {
		var mine = data.organisation();
		var theirs = data.organisation();
		data.project(theirs, "Vieraan organisaation hanke");
		var browser = new Browserless(port);
		browser.signIn(mine.administrator().username(), "salasana-" + mine.administrator().username());
		assertThat(browser.get("/admin/audit").body()).doesNotContain("Vieraan organisaation hanke");
	}

	@Test
	void theLogCannotBeChangedThroughTheApplication() {
		var org = data.organisation();
		var browser = new Browserless(port);
		browser.signIn(org.administrator().username(), "salasana-" + org.administrator().username());
		browser.get("/admin/audit");
		long before = linesOf(org.id());
		for (String path : List.of("/admin/audit", "/admin/audit/" + UUID.randomUUID(), "/admin/audit/delete")) {
			var response = browser.post(path, Map.of("action", "delete"));
			assertThat(response.statusCode()).as(path).isIn(404, 405);
		}
		assertThat(linesOf(org.id())).isEqualTo(before);
		assertThat(AuditEntryRepository.class.getMethods()).extracting(java.lang.reflect.Method::getName)
			.doesNotContain("delete", "deleteAll", "deleteById", "saveAll");
	}

	private long linesOf(UUID organisationId) {
		return entries.findByOrganisationIdOrderByOccurredAtDesc(organisationId, PageRequest.of(0, 1))
			.getTotalElements();
	}

}
