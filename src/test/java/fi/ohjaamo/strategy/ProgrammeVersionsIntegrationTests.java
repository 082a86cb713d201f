package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.KeptVersion;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Programmes, spearhead themes and worksites keep a version with every save, like the strategy's other records. */
@IntegrationTest
class ProgrammeVersionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Versions versions;

	@Autowired
	Programmes programmes;

	@Autowired
	SpearheadThemes themes;

	@Autowired
	Worksites worksites;

	@Test
	void everySaveAndMoveKeepsAVersionThatReadsAsItWas() throws Exception {
		var org = data.organisation();
		var programme = programmes.create(org.id(), "Digiohjelma", 2025, 2027, "Ensimmäinen kuvaus", null,
				ProgrammeStatus.DRAFT);
		programmes.revise(org.itManager().asUser(), programme.getId(), "Digiohjelma", 2025, 2028, "Toinen kuvaus", null,
				ProgrammeStatus.ACTIVE, programmes.get(org.id(), programme.getId()).getVersion());
		var first = themes.add(org.id(), programme.getId(), "Asukkaan asiointi", "");
		var second = themes.add(org.id(), programme.getId(), "Tiedolla johtaminen", "");
		themes.move(org.itManager().asUser(), second.getId(), -1);
		var worksite = worksites.add(org.id(), first.getId(), "Sähköinen ajanvaraus", "",
				ActionResponsible.unit(org.unitId()));

		assertThat(numbers(org, ProgrammeVersions.PROGRAMME, programme.getId())).containsExactly(2, 1);
		assertThat(numbers(org, ProgrammeVersions.THEME, second.getId())).as("added, then moved up").containsExactly(2, 1);
		assertThat(numbers(org, ProgrammeVersions.THEME, first.getId())).as("moved down by its neighbour")
			.containsExactly(2, 1);
		assertThat(numbers(org, ProgrammeVersions.WORKSITE, worksite.getId())).containsExactly(1);

		String diff = page("/history/programme/" + programme.getId() + "/diff?from=1&to=2", org.viewer());
		assertThat(diff).contains("Ensimmäinen", "Toinen", "2025–2027", "2025–2028", "Valmisteilla", "Käynnissä");
		String themeHistory = page("/history/spearhead-theme/" + first.getId() + "/diff?from=1&to=2", org.viewer());
		assertThat(themeHistory).contains("Asukkaan asiointi", "Järjestys");
		assertThat(page("/history/worksite/" + worksite.getId(), org.viewer())).contains("Sähköinen ajanvaraus",
				"/strategy/worksites/" + worksite.getId() + "/edit");
	}

	private java.util.List<Integer> numbers(TestData.Org org, String type, UUID id) {
		return versions.of(org.id(), new Subject(type, id)).stream().map(KeptVersion::number).toList();
	}

	private String page(String path, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(person.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
