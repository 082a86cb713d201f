package fi.ohjaamo.registers;

import java.nio.charset.StandardCharsets;

import fi.ohjaamo.TestData;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Reads a register page as a person sees its text. */
final class RegisterPages {

	private RegisterPages() {
	}

	/** The page's text with the narrow and no-break spaces of Finnish numbers as plain spaces. */
	static String page(MockMvc mvc, MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
