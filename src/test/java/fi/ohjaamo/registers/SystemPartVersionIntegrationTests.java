package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The forms on a system's page carry the version of the system the person saw: two keepers adding to the same
 * system never overwrite each other, and the system's own form is stale only when its fields changed meanwhile.
 */
@IntegrationTest
class SystemPartVersionIntegrationTests {

	private static final String CHANGED = "Toinen käyttäjä tallensi tiedot sillä välin.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Test
	void twoKeepersEnteringTheSameYearsCostsDoNotOverwriteEachOther() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		String seen = String.valueOf(system.getVersion());
		assertThat(page(mvc, get("/registers/systems/" + system.getId()), org.itManager()))
			.contains("name=\"version\" value=\"" + seen + "\"");

		mvc.perform(cost(system, "2025", "48000", seen).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/systems/" + system.getId() + "?saved#costs"));
		String stale = page(mvc, cost(system, "2025", "39500", seen), org.administrator());

		assertThat(stale).contains(CHANGED).contains("value=\"39500\"").contains("48 000 €");
		assertThat(systems.get(org.id(), system.getId()).getCosts()).singleElement()
			.satisfies(c -> assertThat(c.maintenance()).isEqualByComparingTo("48000"));
		String current = String.valueOf(systems.get(org.id(), system.getId()).getVersion());
		assertThat(stale).as("saving again is based on what is now saved")
			.contains("name=\"version\" value=\"" + current + "\"");
	}

	@Test
	void integrationsAndAssessmentsAddedOnAnOldPageAreReportedNotWritten() throws Exception {
		var org = data.organisation();
		var payroll = systems.add(org.id(), SystemDefinition.named("Palkka-Aava"));
		var ledger = systems.add(org.id(), SystemDefinition.named("Laskuvirta"));
		String seen = String.valueOf(payroll.getVersion());
		systems.cost(org.id(), payroll.getId(), new YearCost(2025, BigDecimal.TEN, BigDecimal.ONE));

		String integration = page(mvc, post("/registers/systems/" + payroll.getId() + "/integrations").with(csrf())
			.param("version", seen).param("targetSystemId", ledger.getId().toString()).param("direction", "OUTGOING")
			.param("method", "Tiedostosiirto"), org.itManager());
		assertThat(integration).contains(CHANGED).contains("value=\"Tiedostosiirto\"");
		String assessment = page(mvc, post("/registers/systems/" + payroll.getId() + "/assessments").with(csrf())
			.param("version", seen).param("assessedOn", "2025-05-01").param("businessFit", "3")
			.param("technicalCondition", "2").param("verdict", "DEVELOP").param("note", "Alusta vanhenee"),
				org.itManager());
		assertThat(assessment).contains(CHANGED).contains("Alusta vanhenee");
		var kept = systems.get(org.id(), payroll.getId());
		assertThat(kept.getIntegrations()).isEmpty();
		assertThat(kept.assessmentHistory()).isEmpty();
	}

	@Test
	void removingAnIntegrationFromAnOldPageTellsThatTheSystemChanged() throws Exception {
		var org = data.organisation();
		var payroll = systems.add(org.id(), SystemDefinition.named("Palkka-Aava"));
		var ledger = systems.add(org.id(), SystemDefinition.named("Laskuvirta"));
		systems.integrate(org.id(), payroll.getId(), new Integration(ledger.getId(), Direction.OUTGOING, "API"));
		String seen = String.valueOf(systems.get(org.id(), payroll.getId()).getVersion());
		systems.integrate(org.id(), payroll.getId(), new Integration(ledger.getId(), Direction.BOTH_WAYS, "Uusi API"));

		mvc.perform(post("/registers/systems/" + payroll.getId() + "/integrations/remove").with(csrf())
			.param("target", ledger.getId().toString()).param("version", seen).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/systems/" + payroll.getId() + "?changed#integrations"));
		assertThat(systems.get(org.id(), payroll.getId()).getIntegrations()).singleElement()
			.satisfies(i -> assertThat(i.method()).isEqualTo("Uusi API"));
		assertThat(page(mvc, get("/registers/systems/" + payroll.getId() + "?changed"), org.itManager()))
			.contains("Toinen käyttäjä tallensi järjestelmän sillä välin, joten mitään ei muutettu.");
	}

	@Test
	void aSystemFormOpenedBeforeACostWasRecordedStillSaves() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Intranet"));
		long seen = system.getVersion();
		systems.cost(org.id(), system.getId(), new YearCost(2025, new BigDecimal("1200"), BigDecimal.ZERO));
		systems.assess(org.id(), system.getId(), new Assessment(LocalDate.of(2025, 3, 1), 3, 3, Verdict.KEEP, ""));

		mvc.perform(post("/registers/systems/" + system.getId()).with(csrf()).param("name", "Intranet Kantri")
			.param("criticality", "LOW").param("hosting", "OWN_DATA_CENTRE").param("phase", "IN_USE")
			.param("version", String.valueOf(seen)).with(org.itManager().signedIn()))
			.andExpect(redirectedUrl("/registers/systems/" + system.getId() + "?saved"));

		var kept = systems.get(org.id(), system.getId());
		assertThat(kept.getName()).isEqualTo("Intranet Kantri");
		assertThat(kept.getCosts()).as("the costs recorded meanwhile stay").hasSize(1);
		assertThat(kept.assessmentHistory()).hasSize(1);
	}

	@Test
	void aSystemFormIsStaleWhenItsFieldsChangedAfterAPartWasAdded() {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Intranet"));
		systems.cost(org.id(), system.getId(), new YearCost(2025, BigDecimal.ONE, BigDecimal.ZERO));
		long seen = systems.get(org.id(), system.getId()).getVersion();
		systems.redefine(org.itManager().asUser(), system.getId(), SystemDefinition.named("Intranet Kantri"), seen);
		systems.cost(org.id(), system.getId(), new YearCost(2026, BigDecimal.ONE, BigDecimal.ZERO));

		assertThatThrownBy(() -> systems.redefine(org.itManager().asUser(), system.getId(),
				SystemDefinition.named("Intranet 2.0"), seen)).isInstanceOf(RegisterChangedMeanwhileException.class);
		assertThat(systems.get(org.id(), system.getId()).getName()).isEqualTo("Intranet Kantri");
	}

	private static MockHttpServletRequestBuilder cost(InformationSystem system, String year, String maintenance,
			String version) {
		return post("/registers/systems/" + system.getId() + "/costs").with(csrf()).param("year", year)
			.param("maintenance", maintenance).param("licences", "0").param("version", version);
	}

}
