package fi.ohjaamo.prioritisation.document;

import java.io.IOException;
import java.util.Locale;

import fi.ohjaamo.documents.DocumentDownloads;
import fi.ohjaamo.documents.DocumentFormat;
import fi.ohjaamo.documents.DocumentLanguage;
import fi.ohjaamo.organisation.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portfolio summary of the reader's organisation in the format the path ends with and the language the link
 * names ({@code ?language=sv}); without one, in the reader's own language.
 */
@Controller
class PortfolioSummaryController {

	private final PortfolioSummary summary;

	private final DocumentDownloads downloads;

	PortfolioSummaryController(PortfolioSummary summary, DocumentDownloads downloads) {
		this.summary = summary;
		this.downloads = downloads;
	}

	@GetMapping("/documents/portfolio-summary.pdf")
	void pdf(CurrentUser user, @RequestParam(required = false) @Nullable String language, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, DocumentFormat.PDF, DocumentLanguage.of(language, locale), response);
	}

	@GetMapping("/documents/portfolio-summary.docx")
	void docx(CurrentUser user, @RequestParam(required = false) @Nullable String language, Locale locale,
			HttpServletResponse response) throws IOException {
		send(user, DocumentFormat.DOCX, DocumentLanguage.of(language, locale), response);
	}

	private void send(CurrentUser user, DocumentFormat format, DocumentLanguage language,
			HttpServletResponse response) throws IOException {
		downloads.send(user.organisationId(), "portfolio-summary", null, format, language,
				words -> summary.of(user.organisationId(), user.organisationName(), words), response);
	}

}
