package fi.ohjaamo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sees in the audit log who changed which card, right after it happened. */
class AuditLogBrowserTests extends BrowserTest {

	static final String CARD = "Puhelinpalvelujen ja vaihteen puheluohjauksen kilpailutus";

	@Test
	void anEditJustMadeIsTheNewestEntryOfTheAuditLog() {
		var tiina = browser().signIn("tiina");
		String id = tiina.projectId(CARD);
		tiina.open("/projects/" + id + "/edit").fill("scheduleNote", "Kilpailutus siirtyy syksyyn.").save();
		assertThat(tiina.text("[role=status]")).isEqualTo("Kortti tallennettiin.");
		assertThat(tiina.findAll("nav a")).extracting(a -> a.getText()).doesNotContain("Tapahtumaloki");

		var admin = browser().signIn("admin");
		admin.clickLink("Tapahtumaloki");

		assertThat(admin.path()).isEqualTo("/admin/audit");
		assertThat(admin.heading()).isEqualTo("Tapahtumaloki");
		var newest = admin.findAll(".audit tbody tr")
			.stream()
			.filter(row -> row.getText().contains("Projektikorttia muutettiin"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the audit log shows no card edit"));
		assertThat(newest.getText()).contains("Tiina Tietohallintojohtaja (tiina)");
		assertThat(newest.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/projects/" + id);
		assertThat(newest.findElement(By.tagName("a")).getText()).isNotBlank();
	}

}
