package fi.ohjaamo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Document downloads in the format the path ends with (each its own route, so the isolation test reads the id) and the language the link names ({@code ?language=sv});
 * without one, in the reader's own language. Every download is logged as a disclosure.
 */
@Controller
class DocumentController {

	private final PortfolioSummary summary;

	private final StrategyDocument strategy;

	private final ActionPlanDocument plan;

	private final DocumentFiles files;

	private final MessageSource messages;

	DocumentController(PortfolioSummary summary, StrategyDocument strategy, ActionPlanDocument plan,
			DocumentFiles files, MessageSource messages) {
		this.summary = summary;
		this.strategy = strategy;
		this.plan = plan;
		this.files = files;
		this.messages = messages;
	}

	@GetMapping("/documents/portfolio-summary.pdf")
	void summaryPdf(CurrentUser user, @RequestParam(required = false) @Nullable String language, Locale locale,
			HttpServletResponse response) throws IOException {
		summary(user, DocumentFormat.PDF, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/portfolio-summary.docx")
	void summaryDocx(CurrentUser user, @RequestParam(required = false) @Nullable String language, Locale locale,
			HttpServletResponse response) throws IOException {
		summary(user, DocumentFormat.DOCX, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/strategies/{id}.pdf")
	void strategyPdf(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Locale locale, HttpServletResponse response) throws IOException {
		strategy(user, id, DocumentFormat.PDF, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/strategies/{id}.docx")
	void strategyDocx(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String language, Locale locale, HttpServletResponse response)
			throws IOException {
		strategy(user, id, DocumentFormat.DOCX, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/plans/{id}.pdf")
	void planPdf(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Locale locale, HttpServletResponse response) throws IOException {
		plan(user, id, DocumentFormat.PDF, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/plans/{id}.docx")
	void planDocx(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Locale locale, HttpServletResponse response) throws IOException {
		plan(user, id, DocumentFormat.DOCX, DocumentLanguage.of(language, locale), response);
	}

	private void plan(CurrentUser user, UUID id, DocumentFormat format, DocumentLanguage language,
			HttpServletResponse response) throws IOException {
		var document = plan.of(user.organisationId(), id, user.organisationName(), words(language));
		send(user, "action-plan", id, document, format, language, response);
	}

	private void summary(CurrentUser user, DocumentFormat format, DocumentLanguage language,
			HttpServletResponse response) throws IOException {
		var document = summary.of(user.organisationId(), user.organisationName(), words(language));
		send(user, "portfolio-summary", null, document, format, language, response);
	}

	private void strategy(CurrentUser user, UUID id, DocumentFormat format, DocumentLanguage language,
			HttpServletResponse response) throws IOException {
		var document = strategy.of(user.organisationId(), id, user.organisationName(), words(language));
		send(user, "strategy", id, document, format, language, response);
	}

	private void send(CurrentUser user, String kind, @Nullable UUID objectId, Document document, DocumentFormat format,
			DocumentLanguage language, HttpServletResponse response) throws IOException {
		byte[] file = files.render(document, format);
		files.disclosed(user.organisationId(), kind, objectId, document, format, language);
		response.setContentType(format.contentType);
		response.setContentLength(file.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(FileNames.of(document.title()) + "." + format.extension(), StandardCharsets.UTF_8)
			.build()
			.toString());
		response.getOutputStream().write(file);
	}

	private Words words(DocumentLanguage language) {
		return new Words(messages, language.locale());
	}

}
