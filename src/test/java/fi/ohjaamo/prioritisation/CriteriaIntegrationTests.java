package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * IT management keeps the prioritisation criteria with described scales and balances their weights to 100;
 * everyone reads them.
 */
@IntegrationTest
class CriteriaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Criteria criteria;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	PrioritisationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PrioritisationFixtures(data, projects, criteria);
	}

	@Test
	void itManagementAddsACriterionWithADescribedScaleThatEveryoneReads() throws Exception {
		var org = data.organisation();
		mvc.perform(criterionForm(post("/projects/criteria"), "Strateginen sopivuus", "60", "0", "Ei", "Vähän", "Paljon")
			.with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		var added = criteria.of(org.id()).getFirst();
		assertThat(added.scale()).extracting(ScaleLevel::value).containsExactly(0, 1, 2);
		assertThat(added.scale()).extracting(ScaleLevel::meaning).containsExactly("Ei", "Vähän", "Paljon");

		String list = page(get("/projects/criteria"), org.viewer());
		assertThat(list).contains("Strateginen sopivuus").contains("paino 60 %").contains("Paljon")
			.contains("Käytössä olevien kriteerien painot ovat yhteensä 60 %, eivät 100 %.")
			.doesNotContain("/projects/criteria/new");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'prioritisation%'")
			.param("org", org.id()).query(String.class).list()).containsExactly("prioritisation.criterion-added");
		assertThat(page(get("/admin/audit"), org.administrator())).contains("Priorisointikriteeri lisättiin");
	}

	@Test
	void showsEachProblemNextToItsFieldAndKeepsTheInput() throws Exception {
		var org = data.organisation();
		String page = page(criterionForm(post("/projects/criteria"), " ", "paljon", "0", "Vain yksi taso"),
				org.itManager());
		assertThat(page).contains("id=\"name-error\"").contains("Täytä tämä kohta.")
			.contains("id=\"weight-error\"").contains("Anna paino kokonaislukuna 0–100.").contains("value=\"paljon\"")
			.contains("Asteikolla on oltava vähintään kaksi tasoa.").contains("value=\"Vain yksi taso\"");
		String tooHeavy = page(criterionForm(post("/projects/criteria"), "Kiireellisyys", "130", "0", "Ei", "Kyllä"),
				org.itManager());
		assertThat(tooHeavy).contains("id=\"weight-error\"").contains("Arvo saa olla enintään 100.");
		assertThat(criteria.of(org.id())).isEmpty();
	}

	@Test
	void addsAndRemovesLevelsWithoutJavaScript() throws Exception {
		var org = data.organisation();
		String added = page(criterionForm(post("/projects/criteria"), "Riskit", "20", "1", "Ei riskiä", "Iso riski")
			.param("_action", "addLevel"), org.itManager());
		assertThat(added).contains("name=\"levels[2].meaning\"").contains("value=\"Iso riski\"")
			.doesNotContain("field-error");
		String removed = page(criterionForm(post("/projects/criteria"), "Riskit", "20", "1", "Ei riskiä", "Pieni",
				"Iso riski").param("_action", "removeLevel:1"), org.itManager());
		assertThat(removed).doesNotContain("name=\"levels[2].meaning\"").doesNotContain("value=\"Pieni\"")
			.contains("value=\"Iso riski\"");
		assertThat(criteria.of(org.id())).isEmpty();
	}

	@Test
	void theWeightsAreSavedOnlyWhenTheyAddUpToAHundred() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 50);
		var benefit = fixtures.criterion(org, "Tuottavuushyöty", 30);
		assertThat(page(get("/projects/criteria/weights"), org.itManager())).contains("yhteensä 80 %, eivät 100 %");

		String wrong = page(weights(fit, "60", benefit, "30"), org.itManager());
		assertThat(wrong).contains("Painojen summan on oltava 100 %; nyt se on 90 %.")
			.contains("Käytössä olevien kriteerien painot ovat yhteensä 90 %, eivät 100 %.").contains("value=\"60\"");
		assertThat(criteria.weightSum(org.id())).isEqualTo(80);

		mvc.perform(weights(fit, "70", benefit, "30").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(criteria.get(org.id(), fit.getId()).getWeight()).isEqualTo(70);
		assertThat(criteria.weightSum(org.id())).isEqualTo(100);
		assertThat(page(get("/projects/criteria"), org.viewer()))
			.contains("Käytössä olevien kriteerien painot ovat yhteensä 100 %.");
	}

	@Test
	void theServiceRefusesWeightsThatDoNotAddUpToTheFullWeight() {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 50);
		var benefit = fixtures.criterion(org, "Tuottavuushyöty", 50);

		assertThatThrownBy(() -> criteria.reweight(org.itManager().asUser(),
				java.util.Map.of(fit.getId(), 70, benefit.getId(), 50),
				java.util.Map.of(fit.getId(), fit.getVersion(), benefit.getId(), benefit.getVersion())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(criteria.weightSum(org.id())).isEqualTo(100);
	}

	@Test
	void aStaleSaveShowsTheOtherPersonsValuesAndKeepsTheTypedOnes() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 50);
		var benefit = fixtures.criterion(org, "Tuottavuushyöty", 50);
		var seen = weights(fit, "40", benefit, "60");
		criteria.reweight(org.itManager().asUser(), java.util.Map.of(fit.getId(), 55, benefit.getId(), 45),
				java.util.Map.of(fit.getId(), fit.getVersion(), benefit.getId(), benefit.getVersion()));
		String conflict = page(seen, org.itManager());
		assertThat(conflict).contains("Joku muu tallensi tämän sillä aikaa").contains("<p class=\"merge-value\">55</p>")
			.contains("value=\"40\"").contains("value=\"60\"");
		assertThat(criteria.get(org.id(), fit.getId()).getWeight()).isEqualTo(55);

		var renamed = criterionForm(post("/projects/criteria/{id}", fit.getId()), "Strategiaan sopivuus", "55", "0",
				"Ei", "Vähän", "Selvästi", "Ratkaisevasti").param("version", "0");
		String stale = page(renamed, org.itManager());
		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa")
			.contains("value=\"Strategiaan sopivuus\"").contains("<p class=\"merge-value\">Strateginen sopivuus</p>");
		assertThat(criteria.get(org.id(), fit.getId()).getName()).isEqualTo("Strateginen sopivuus");
	}

	@Test
	void aStaleSaveOfTheWeightsIsMergedWeightByWeightAndAWeightBothChangedWaitsForAChoice() throws Exception {
		var org = data.organisation();
		var fit = fixtures.criterion(org, "Strateginen sopivuus", 25);
		var benefit = fixtures.criterion(org, "Tuottavuushyöty", 25);
		var risk = fixtures.criterion(org, "Riskit", 25);
		var urgency = fixtures.criterion(org, "Kiireellisyys", 25);
		String at = "/projects/criteria/weights";
		var colleague = org.itManager().signedIn();
		var me = org.itManager().signedIn();

		var theirs = PostedForm.read(mvc, at, at, colleague);
		var mine = PostedForm.read(mvc, at, at, me);
		theirs.with(weightOf(theirs, fit), "35").with(weightOf(theirs, benefit), "15").postSaving(mvc, colleague);
		String page = mine.with(weightOf(mine, risk), "40").with(weightOf(mine, urgency), "10").postShowingPage(mvc, me);

		assertThat(page).contains("Toisen tallennuksesta otettiin 2 kenttää; yksikään kenttä ei vaadi valintaasi.");
		var merged = PostedForm.on(page, at);
		assertThat(List.of(fit, benefit, risk, urgency)).extracting(c -> merged.value(weightOf(merged, c)))
			.as("their two weights and my two").containsExactly("35", "15", "40", "10");
		assertThat(criteria.get(org.id(), risk.getId()).getWeight()).as("nothing saved on a stale view").isEqualTo(25);
		merged.postSaving(mvc, me);
		assertThat(List.of(fit, benefit, risk, urgency)).extracting(c -> criteria.get(org.id(), c.getId()).getWeight())
			.containsExactly(35, 15, 40, 10);

		theirs = PostedForm.read(mvc, at, at, colleague);
		mine = PostedForm.read(mvc, at, at, me);
		theirs.with(weightOf(theirs, fit), "40").with(weightOf(theirs, benefit), "10").postSaving(mvc, colleague);
		String asked = mine.with(weightOf(mine, fit), "30").with(weightOf(mine, benefit), "20").postShowingPage(mvc, me);
		assertThat(asked).contains("2 kenttää vaatii valintasi")
			.contains("name=\"merge.choice.rows[" + fit.getId() + "]\"")
			.contains("<legend>Kriteerin Strateginen sopivuus paino (%)</legend>");
		String unchosen = PostedForm.on(asked, at).postShowingPage(mvc, me);
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		PostedForm.on(unchosen, at).with("merge.choice.rows[" + fit.getId() + "]", "theirs")
			.with("merge.choice.rows[" + benefit.getId() + "]", "theirs").postSaving(mvc, me);
		assertThat(criteria.get(org.id(), fit.getId()).getWeight()).isEqualTo(40);
		assertThat(criteria.get(org.id(), benefit.getId()).getWeight()).isEqualTo(10);
	}

	/** The name of the weight field of a criterion's row on the weights form. */
	private static String weightOf(PostedForm form, Criterion criterion) {
		for (int i = 0;; i++) {
			var id = form.value("rows[" + i + "].criterionId");
			if (id == null) {
				throw new AssertionError("no row for " + criterion.getName());
			}
			if (id.equals(criterion.getId().toString())) {
				return "rows[" + i + "].weight";
			}
		}
	}

	@Test
	void othersReadButCannotChangeAndAnotherOrganisationsCriterionIsNotFound() throws Exception {
		var mine = data.organisation();
		var theirs = data.organisation();
		var own = fixtures.criterion(mine, "Kiireellisyys", 100);
		var their = fixtures.criterion(theirs, "Heidän kriteerinsä", 100);
		mvc.perform(get("/projects/criteria").with(mine.viewer().signedIn())).andExpect(status().isOk());
		mvc.perform(get("/projects/criteria/new").with(mine.areaEditor().signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/projects/criteria/{id}/edit", own.getId()).with(mine.viewer().signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(criterionForm(post("/projects/criteria"), "Oma", "10", "0", "a", "b")
			.with(mine.projectManager().signedIn())).andExpect(status().isForbidden());
		for (UUID id : new UUID[] { their.getId(), UUID.randomUUID() }) {
			mvc.perform(get("/projects/criteria/{id}/edit", id).with(mine.itManager().signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(criterionForm(post("/projects/criteria/{id}", id), "Kaapattu", "10", "0", "a", "b")
				.param("version", "0").with(mine.itManager().signedIn())).andExpect(status().isNotFound());
		}
		assertThat(criteria.get(theirs.id(), their.getId()).getName()).isEqualTo("Heidän kriteerinsä");
		assertThat(page(get("/projects/criteria"), mine.itManager())).doesNotContain("Heidän kriteerinsä");
	}

	/** The service refuses by itself, so that no page, import or job that forgets to ask can change the criteria. */
	@Test
	void theCriteriaServiceRefusesEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var own = fixtures.criterion(org, "Kiireellisyys", 100);
		var changed = new CriterionDefinition("Kaapattu", "", 10, 0, List.of("a", "b"), true);
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			assertThatThrownBy(() -> criteria.add(user, changed)).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> criteria.redefine(user, own.getId(), changed, own.getVersion())).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> criteria.reweight(user, java.util.Map.of(own.getId(), 10),
					java.util.Map.of(own.getId(), own.getVersion()))).as(person.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(criteria.of(org.id())).singleElement().satisfies(criterion -> {
			assertThat(criterion.getName()).isEqualTo("Kiireellisyys");
			assertThat(criterion.getWeight()).isEqualTo(100);
		});
		criteria.redefine(org.administrator().asUser(), own.getId(), changed, own.getVersion());
		assertThat(criteria.get(org.id(), own.getId()).getName()).isEqualTo("Kaapattu");
	}

	private MockHttpServletRequestBuilder criterionForm(MockHttpServletRequestBuilder request, String name,
			String weight, String scaleStart, String... levels) {
		request.with(csrf()).param("name", name).param("description", "").param("weight", weight)
			.param("scaleStart", scaleStart).param("active", "true");
		for (int i = 0; i < levels.length; i++) {
			request.param("levels[" + i + "].meaning", levels[i]);
		}
		return request;
	}

	private MockHttpServletRequestBuilder weights(Criterion first, String firstWeight, Criterion second,
			String secondWeight) {
		return post("/projects/criteria/weights").with(csrf())
			.param("rows[0].criterionId", first.getId().toString()).param("rows[0].weight", firstWeight)
			.param("rows[0].version", String.valueOf(first.getVersion()))
			.param("rows[1].criterionId", second.getId().toString()).param("rows[1].weight", secondWeight)
			.param("rows[1].version", String.valueOf(second.getVersion()));
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
