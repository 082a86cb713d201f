package fi.ohjaamo.registers.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.views.RegisterSearch;
import fi.ohjaamo.registers.views.SystemFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The register as a spreadsheet, for everyone who reads the register: the systems the list shows for the same
 * filter (the list links here with its own query), with the register's other sheets.
 */
@Controller
class RegisterExportController {

	private final RegisterExport export;

	private final RegisterSearch search;

	private final RegisterLabels labels;

	RegisterExportController(RegisterExport export, RegisterSearch search, RegisterLabels labels) {
		this.export = export;
		this.search = search;
		this.labels = labels;
	}

	@GetMapping(path = "/registers/systems.xlsx", produces = SpreadsheetDownload.XLSX)
	void export(CurrentUser user, @Valid @ModelAttribute SystemFilter filter, BindingResult bound, Locale locale,
			HttpServletResponse response) throws IOException {
		// As on the list: a horizon that cannot be used is left out rather than failing the download.
		var usable = bound.hasFieldErrors("supportMonths") ? filter.withoutSupportMonths() : filter;
		var chosen = search.systems(user.organisationId(), usable);
		try (OutputStream out = SpreadsheetDownload.start(response,
				labels.message("exchange.system.file.export", locale))) {
			export.write(user, chosen, locale, out);
		}
	}

}
