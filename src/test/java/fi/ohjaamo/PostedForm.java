package fi.ohjaamo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A form read from a page the way a browser submits it (hidden fields, ticked boxes and chosen radios, selected
 * options, text areas), so a test can change a field and post exactly what a person saving that page would.
 */
public final class PostedForm {

	private final String action;

	private final MultiValueMap<String, String> params;

	private PostedForm(String action, MultiValueMap<String, String> params) {
		this.action = action;
		this.params = params;
	}

	/** The first form on the page whose action is {@code action}. */
	public static PostedForm on(String html, String action) {
		var form = Jsoup.parse(html).select("form[method=post]")
			.stream()
			.filter(f -> f.attr("action").equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form posting to " + action));
		var params = new LinkedMultiValueMap<String, String>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			switch (field.tagName()) {
				case "textarea" -> params.add(name, field.wholeText().replaceFirst("^\n", ""));
				case "select" -> {
					var chosen = field.select("option[selected]");
					var options = chosen.isEmpty() ? field.select("option") : chosen;
					if (field.hasAttr("multiple")) {
						chosen.forEach(o -> params.add(name, o.attr("value")));
					}
					else if (!options.isEmpty()) {
						params.add(name, options.first().attr("value"));
					}
				}
				default -> {
					String type = field.attr("type");
					if (type.equals("submit") || type.equals("button")) {
						continue;
					}
					if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
						continue;
					}
					params.add(name, field.hasAttr("value") ? field.attr("value")
							: type.equals("checkbox") || type.equals("radio") ? "on" : "");
				}
			}
		}
		return new PostedForm(action, params);
	}

	/** The form posting to {@code action} on the page at {@code url}, as {@code who} sees it. */
	public static PostedForm read(MockMvc mvc, String url, String action, RequestPostProcessor who) throws Exception {
		return on(mvc.perform(MockMvcRequestBuilders.get(url).with(who))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), action);
	}

	/** Posts the form as {@code who} and answers the page shown again (a save that was not made). */
	public String postShowingPage(MockMvc mvc, RequestPostProcessor who) throws Exception {
		return mvc.perform(post().with(who))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Posts the form as {@code who}, expecting the save to be made. */
	public void postSaving(MockMvc mvc, RequestPostProcessor who) throws Exception {
		mvc.perform(post().with(who)).andExpect(MockMvcResultMatchers.status().is3xxRedirection());
	}

	/** The same form with a field set as a person would type, tick or choose it. */
	public PostedForm with(String name, String... values) {
		var copy = new LinkedMultiValueMap<>(params);
		copy.put(name, new ArrayList<>(List.of(values)));
		return new PostedForm(action, copy);
	}

	/** The value the page shows in a field, null when the form has none. */
	public String value(String name) {
		var values = params.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	public Map<String, List<String>> params() {
		return params;
	}

	public MockHttpServletRequestBuilder post() {
		return MockMvcRequestBuilders.post(action).params(params).with(csrf());
	}

}
