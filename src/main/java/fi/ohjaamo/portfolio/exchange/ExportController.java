package fi.ohjaamo.portfolio.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PortfolioFilter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Spreadsheet downloads: the portfolio view with the filters of the portfolio page, and the import template. */
@Controller
class ExportController {

	private final PortfolioExport export;

	private final ImportTemplate template;

	private final CardLabels labels;

	ExportController(PortfolioExport export, ImportTemplate template, CardLabels labels) {
		this.export = export;
		this.template = template;
		this.labels = labels;
	}

	@GetMapping(path = "/projects/export.xlsx", produces = SpreadsheetDownload.XLSX)
	void export(CurrentUser user, @ModelAttribute PortfolioFilter filter, Locale locale, HttpServletResponse response)
			throws IOException {
		try (OutputStream out = SpreadsheetDownload.start(response, labels.message("exchange.file.export", locale))) {
			export.write(user, filter, locale, out);
		}
	}

	@GetMapping(path = "/projects/import/template.xlsx", produces = SpreadsheetDownload.XLSX)
	void template(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		try (OutputStream out = SpreadsheetDownload.start(response, labels.message("exchange.file.template", locale))) {
			template.write(locale, out);
		}
	}

}
