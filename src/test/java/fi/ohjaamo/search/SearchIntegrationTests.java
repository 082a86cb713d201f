package fi.ohjaamo.search;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search as people use it: a word finds its inflected forms in Finnish and Swedish, a title counts for more than a
 * text, a half-typed word finds, the index follows every save, and one organisation never finds another's.
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexKeeper keeper;

	@Autowired
	MockMvc mvc;

	@Autowired
	Actions actions;

	@Test
	void aFinnishWordFindsItsInflectedForms() {
		var org = data.organisation();
		var genitive = project(org, "Järjestelmän uusiminen", "Vanha ratkaisu korvataan.");
		var partitive = project(org, "Arkiston siirto", "Useita vanhoja järjestelmiä yhdistetään yhdeksi.");
		var plural = project(org, "Palvelinsali", "Järjestelmät siirretään pilveen.");
		project(org, "Verkon uusiminen", "Kaapelointi ja kytkimet.");

		assertThat(ids(org, "järjestelmä")).containsExactlyInAnyOrder(genitive.getId(), partitive.getId(),
				plural.getId());
		assertThat(ids(org, "järjestelmien")).as("any form finds any other")
			.containsExactlyInAnyOrder(genitive.getId(), partitive.getId(), plural.getId());
	}

	@Test
	void aWordFindsTheCompoundsItEnds() {
		var org = data.organisation();
		var compound = project(org, "Asianhallintajärjestelmän kilpailutus", "Hankinta alkaa keväällä.");
		var swedish = project(org, "Nytt ärende", "Ärendehanteringssystemet byts ut.");

		assertThat(ids(org, "järjestelmä")).containsExactly(compound.getId());
		assertThat(ids(org, "system")).containsExactly(swedish.getId());
		assertThat(ids(org, "asianhallinta")).as("and the compounds it starts").containsExactly(compound.getId());
	}

	@Test
	void aSwedishWordFindsItsInflectedForms() {
		var org = data.organisation();
		var definite = project(org, "Systemet för lönehantering", "Ersätts under året.");
		var plural = project(org, "Arkivering", "Alla gamla systemen flyttas till molnet.");

		assertThat(ids(org, "system")).containsExactlyInAnyOrder(definite.getId(), plural.getId());
	}

	@Test
	void everyWordMustBeFoundAndATitleCountsForMore() {
		var org = data.organisation();
		var inText = project(org, "Kirjaston palvelut", "Asiakaspalvelun chat-palvelu kirjaston verkkosivuilla.");
		var inTitle = project(org, "Chat-palvelu verkkosivuille", "Neuvonta asukkaille.");
		project(org, "Chat-palvelu henkilöstölle", "Sisäinen viestintä ilman julkista sivua.");

		var hits = index.search(org.id(), List.of(), "chat verkkosivu", 10).hits();
		assertThat(hits).extracting(SearchHit::id).containsExactly(inTitle.getId(), inText.getId());
	}

	@Test
	void aHalfTypedWordOrACardNumberFinds() {
		var org = data.organisation();
		var project = project(org, "Henkilöstöhallinnon uudistus", "Palkanlaskenta ja rekrytointi.");

		assertThat(ids(org, "henkilöstöh")).containsExactly(project.getId());
		assertThat(ids(org, "rekry")).containsExactly(project.getId());
		assertThat(ids(org, "4.1")).contains(project.getId());
	}

	@Test
	void theIndexFollowsEverySave() {
		var org = data.organisation();
		var project = project(org, "Asianhallinnan uudistus", "Diaari siirtyy uuteen järjestelmään.");
		assertThat(ids(org, "diaari")).containsExactly(project.getId());

		var card = project.card();
		projects.revise(org.itManager().asUser(), project.getId(), withDescription(card, "Arkistointi sähköiseksi."),
				project.getRevision());

		assertThat(ids(org, "diaari")).as("the old text is gone").isEmpty();
		assertThat(ids(org, "arkistointi")).containsExactly(project.getId());
	}

	@Test
	void strategyActionsAreFoundOnTheirGoalsPage() {
		var org = data.organisation();
		var action = actions.add(org.itManager().asUser(), org.goalId(), "Otetaan käyttöön sähköinen ajanvaraus",
				ActionResponsible.unit(org.unitId()), "Q2/2026", ActionStatus.NOT_STARTED, "");

		var hits = index.search(org.id(), List.of(), "ajanvaraukset", 10).hits();

		assertThat(hits).extracting(SearchHit::kind, SearchHit::id, SearchHit::path)
			.containsExactly(tuple("action", action, "/strategy/goals/" + org.goalId() + "#actions"));
	}

	@Test
	void oneOrganisationNeverFindsAnothers() {
		var mine = data.organisation();
		var theirs = data.organisation();
		project(theirs, "Salainen tietoturvahanke", "Vieraan organisaation hanke.");
		var own = project(mine, "Oma tietoturvahanke", "Oman organisaation hanke.");

		assertThat(ids(mine, "tietoturvahanke")).containsExactly(own.getId());
	}

	@Test
	void anIndexThatMissedItemsCatchesUpAtStart() {
		var org = data.organisation();
		var project = project(org, "Kameravalvonnan uusiminen", "Kameroiden ohjelmisto päivitetään.");
		index.remove("project", project.getId());
		index.commit();
		assertThat(ids(org, "kameravalvonta")).isEmpty();

		assertThat(keeper.catchUp()).as("kinds read again").isPositive();

		assertThat(ids(org, "kameravalvonta")).containsExactly(project.getId());
	}

	@Test
	void theSearchPageQuotesWhereTheWordWasFoundAndEscapesWhatWasTyped() throws Exception {
		var org = data.organisation();
		var project = project(org, "Sähköinen asiointi", "Lomakkeet ja ajanvaraukset siirtyvät verkkoon.");

		String page = mvc.perform(get("/search").param("q", "ajanvaraus").with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/projects/" + project.getId() + "\"")
			.contains("<mark>ajanvaraukset</mark>")
			.contains("Yksi osuma haulla ”ajanvaraus”");

		String hostile = mvc.perform(get("/search").param("q", "<script>alert(1)</script>").with(org.viewer().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hostile).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	private List<UUID> ids(TestData.Org org, String words) {
		return index.ids(org.id(), "project", words, 100);
	}

	private Project project(TestData.Org org, String title, String description) {
		var created = projects.create(org.itManager().asUser(), withDescription(data.card(org, title), description));
		return created;
	}

	private static ProjectCard withDescription(ProjectCard c, String description) {
		return c.toBuilder().description(description).build();
	}

}
