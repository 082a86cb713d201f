package fi.ohjaamo.strategy.document;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.documents.DocumentDownloads;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DocumentLanguage;
import fi.ohjaamo.organisation.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The strategy document in the format the path ends with (each its own route, so the isolation test reads the id)
 * and the language the link names ({@code ?language=sv}); without one, in the reader's own language.
 */
@Controller
class StrategyDocumentController {

	private final StrategyDocument strategy;

	private final DocumentDownloads downloads;

	StrategyDocumentController(StrategyDocument strategy, DocumentDownloads downloads) {
		this.strategy = strategy;
		this.downloads = downloads;
	}

	@GetMapping("/documents/strategies/{id}.pdf")
	void pdf(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Locale locale, HttpServletResponse response) throws IOException {
		send(user, id, DocumentFormat.PDF, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/strategies/{id}.docx")
	void docx(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Locale locale, HttpServletResponse response) throws IOException {
		send(user, id, DocumentFormat.DOCX, DocumentLanguage.of(language, locale), response);
	}

	private void send(CurrentUser user, UUID id, DocumentFormat format, DocumentLanguage language,
			HttpServletResponse response) throws IOException {
		downloads.send(user.organisationId(), "strategy", id, format, language,
				words -> strategy.of(user.organisationId(), id, user.organisationName(), words), response);
	}

}
