package fi.ohjaamo.registers.exchange;

import java.nio.charset.StandardCharsets;

import fi.ohjaamo.TestData;
import fi.ohjaamo.exchange.SpreadsheetDownload;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploading an application list and committing its preview, as a person does on the import page. */
final class SystemImportSteps {

	private SystemImportSteps() {
	}

	/** The page after the upload, as text. */
	static String upload(MockMvc mvc, TestData.Person person, byte[] file, MockHttpSession session) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(multipart("/registers/systems/import").file(file(file))
			.session(session).with(csrf()).with(person.signedIn())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static void commit(MockMvc mvc, TestData.Person person, MockHttpSession session) throws Exception {
		mvc.perform(post("/registers/systems/import/commit").session(session).with(csrf()).with(person.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.startsWith("/registers/systems/import?imported="));
	}

	static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "sovellukset.xlsx", SpreadsheetDownload.XLSX, bytes);
	}

}
