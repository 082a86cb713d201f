package fi.ohjaamo.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Until the demo data is loaded, the server answers 503 with Retry-After and says why, in the person's language. */
class DemoGateTests {

	@Test
	void answersEveryRequestWithServiceUnavailableAndAFriendlyPageUntilTheDemoIsLoaded() throws Exception {
		var gate = gate(Locale.of("fi"));
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("GET", "/projects"), response, chain);

		assertThat(chain.getRequest()).as("nothing behind the gate is reached").isNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"fi\"",
				"<h1>Esittelyaineistoa valmistellaan</h1>", "Lataa sivu uudelleen hetken kuluttua.");

		var swedish = new MockHttpServletResponse();
		gate(Locale.of("sv")).doFilter(new MockHttpServletRequest("GET", "/"), swedish, new MockFilterChain());
		assertThat(swedish.getContentAsString(StandardCharsets.UTF_8)).contains("Demodata förbereds");
	}

	@Test
	void letsEveryRequestThroughOnceTheLastStartUpRunnerHasRun() throws Exception {
		var gate = gate(Locale.of("fi"));
		new DemoGate.Opener(gate).run(null);
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("GET", "/projects"), response, chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static DemoGate gate(Locale locale) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return new DemoGate(engine, new FixedLocaleResolver(locale));
	}

}
