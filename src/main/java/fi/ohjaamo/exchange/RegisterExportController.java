package fi.ohjaamo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.InformationSystems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The register as a spreadsheet, for everyone who reads the register. */
@Controller
class RegisterExportController {

	private final RegisterExport export;

	private final InformationSystems systems;

	private final ExchangeLabels labels;

	RegisterExportController(RegisterExport export, InformationSystems systems, ExchangeLabels labels) {
		this.export = export;
		this.systems = systems;
		this.labels = labels;
	}

	// The list's filters, once the list has them, choose the systems here the same way.
	@GetMapping(path = "/registers/systems.xlsx", produces = ExportController.XLSX)
	void export(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		var chosen = systems.of(user.organisationId());
		try (OutputStream out = ExportController.download(response,
				labels.message("exchange.system.file.export", locale))) {
			export.write(user, chosen, locale, out);
		}
	}

}
