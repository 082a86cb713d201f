package fi.ohjaamo.portfolio.exchange;

import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.exchange.Workbooks;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An import makes a card public only for IT management: for a service area's editor the card keeps its visibility. */
@IntegrationTest
class ImportPublicityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	ProjectImport imports;

	@Test
	void anEditorsImportKeepsTheCardInternalAndSaysSoWhileItManagementsPublishesIt() throws Exception {
		var org = data.organisation();
		var project = data.project(org, "Tuotava hanke");
		byte[] file = Workbooks.of(List.of(List.of("ID", "Versio", "Kehittämiskohteen nimi", "Julkisuus"),
				List.of(project.getId().toString(), "1", "Tuotava hanke, uusi nimi", "Julkinen")));

		String page = mvc.perform(multipart("/projects/import").file(new MockMultipartFile("file", "hankkeet.xlsx",
				SpreadsheetDownload.XLSX, file)).with(csrf()).with(org.areaEditor().signedIn()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Rivit 2: julkaisemisesta päättää tietohallinto");

		var editors = imports.preview(org.areaEditor().asUser(), file, ProjectImportIntegrationTests.FINNISH);
		assertThat(editors.publicityKept()).containsExactly(2);
		assertThat(editors.rows().getFirst().card().visibility()).isEqualTo(Visibility.INTERNAL);
		imports.commit(org.areaEditor().asUser(), editors, ProjectImportIntegrationTests.FINNISH);
		var card = projects.get(org.id(), project.getId()).card();
		assertThat(card.title()).isEqualTo("Tuotava hanke, uusi nimi");
		assertThat(card.visibility()).isEqualTo(Visibility.INTERNAL);

		byte[] again = Workbooks.of(List.of(List.of("ID", "Versio", "Julkisuus"),
				List.of(project.getId().toString(), "2", "Julkinen")));
		var itManagements = imports.preview(org.itManager().asUser(), again, ProjectImportIntegrationTests.FINNISH);
		assertThat(itManagements.publicityKept()).isEmpty();
		imports.commit(org.itManager().asUser(), itManagements, ProjectImportIntegrationTests.FINNISH);
		assertThat(projects.get(org.id(), project.getId()).card().visibility()).isEqualTo(Visibility.PUBLIC);
	}

}
