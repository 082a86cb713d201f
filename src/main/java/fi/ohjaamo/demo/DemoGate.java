package fi.ohjaamo.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * In demo mode the web server starts before the demo data is in: the loaders run once the application has started.
 * Until the last of them is done, every request gets "503 Service Unavailable" with {@code Retry-After} and a short
 * page saying the demo is being prepared, instead of an empty portfolio or a sign-in that fails. The gate opens
 * when all the application's start-up runners have run (it runs last).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoGate extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private volatile boolean open;

	DemoGate(ITemplateEngine templates, LocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	void open() {
		open = true;
	}

	boolean isOpen() {
		return open;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (open) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var context = new Context(locales.resolveLocale(request));
		response.getWriter().write(templates.process("demo/loading", context));
	}

	/** Opens the gate after every other start-up runner, the demo loaders and the first administrator's included. */
	@Component
	@Order(Ordered.LOWEST_PRECEDENCE)
	@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
	static class Opener implements ApplicationRunner {

		private final DemoGate gate;

		Opener(DemoGate gate) {
			this.gate = gate;
		}

		@Override
		public void run(ApplicationArguments args) {
			gate.open();
		}

	}

}
