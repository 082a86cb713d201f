package fi.ohjaamo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PortfolioFilter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Spreadsheet downloads: the portfolio view with the filters of the portfolio page, and the import template. */
@Controller
class ExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PortfolioExport export;

	private final ImportTemplate template;

	private final ExchangeLabels labels;

	ExportController(PortfolioExport export, ImportTemplate template, ExchangeLabels labels) {
		this.export = export;
		this.template = template;
		this.labels = labels;
	}

	@GetMapping(path = "/projects/export.xlsx", produces = XLSX)
	void export(CurrentUser user, @ModelAttribute PortfolioFilter filter, Locale locale, HttpServletResponse response)
			throws IOException {
		try (OutputStream out = download(response, labels.message("exchange.file.export", locale))) {
			export.write(user, filter, locale, out);
		}
	}

	@GetMapping(path = "/projects/import/template.xlsx", produces = XLSX)
	void template(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		try (OutputStream out = download(response, labels.message("exchange.file.template", locale))) {
			template.write(locale, out);
		}
	}

	static OutputStream download(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString());
		return response.getOutputStream();
	}

}
