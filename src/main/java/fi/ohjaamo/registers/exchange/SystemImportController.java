package fi.ohjaamo.registers.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.exchange.ExchangeProperties;
import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.SpreadsheetDownload;
import fi.ohjaamo.exchange.UploadedFile;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Vendors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of an application list into the register: upload, the preview with every row's problems, the commit, and
 * the template. Only those who keep the register (administrators and IT management) import. The preview waits in
 * the session per organisation, like the project import's.
 */
@Controller
class SystemImportController {

	static final String PREVIEW = "exchange.systemPreview";

	/** The reader's reasons that speak of projects, in the words of an application list. */
	private static final Map<String, String> SYSTEM_WORDING = Map.of("exchange.rejected.tooManyRows",
			"exchange.system.rejected.tooManyRows", "exchange.rejected.bomb", "exchange.system.rejected.bomb");

	private final SystemImport imports;

	private final SystemImportTemplate template;

	private final ExchangeProperties limits;

	private final RegisterLabels labels;

	private final Vendors vendors;

	SystemImportController(SystemImport imports, SystemImportTemplate template, ExchangeProperties limits,
			RegisterLabels labels, Vendors vendors) {
		this.imports = imports;
		this.template = template;
		this.limits = limits;
		this.labels = labels;
		this.vendors = vendors;
	}

	record Pending(UUID organisationId, SystemImportPreview preview) {
	}

	@GetMapping("/registers/systems/import")
	String page(CurrentUser user, Model model) {
		RegisterAccess.requireKeeper(user);
		model.addAttribute("maxMegabytes", limits.maxUploadBytes() / (1024 * 1024));
		model.addAttribute("maxRows", limits.maxRows());
		model.addAttribute("vendorNames",
				vendors.namesOf(user.organisationId()));
		return "exchange/system-import";
	}

	@PostMapping("/registers/systems/import")
	String upload(CurrentUser user, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Locale locale, HttpSession session, Model model) throws IOException {
		RegisterAccess.requireKeeper(user);
		session.removeAttribute(PREVIEW);
		try {
			var preview = imports.preview(user, UploadedFile.bytes(file, limits), locale);
			session.setAttribute(PREVIEW, new Pending(user.organisationId(), preview));
			model.addAttribute("preview", preview);
		}
		catch (ImportRejected rejected) {
			model.addAttribute("rejection", message(rejected, locale));
		}
		return page(user, model);
	}

	@PostMapping("/registers/systems/import/commit")
	String commit(CurrentUser user, Locale locale, HttpSession session, Model model, RedirectAttributes redirect) {
		RegisterAccess.requireKeeper(user);
		if (!(session.getAttribute(PREVIEW) instanceof Pending pending)
				|| !pending.organisationId().equals(user.organisationId())) {
			model.addAttribute("rejection", labels.message("exchange.rejected.noPreview", locale));
			return page(user, model);
		}
		try {
			var done = imports.commit(user, pending.preview(), locale);
			session.removeAttribute(PREVIEW);
			redirect.addAttribute("imported",
					done.count(ImportAction.CREATE) + done.count(ImportAction.UPDATE));
			return "redirect:/registers/systems/import";
		}
		catch (ImportRejected rejected) {
			session.removeAttribute(PREVIEW);
			model.addAttribute("rejection", message(rejected, locale));
			return page(user, model);
		}
	}

	@GetMapping(path = "/registers/systems/import/template.xlsx", produces = SpreadsheetDownload.XLSX)
	void template(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		RegisterAccess.requireKeeper(user);
		try (OutputStream out = SpreadsheetDownload.start(response,
				labels.message("exchange.system.file.template", locale))) {
			template.write(locale, out);
		}
	}

	private String message(ImportRejected rejected, Locale locale) {
		return labels.message(SYSTEM_WORDING.getOrDefault(rejected.reason(), rejected.reason()), locale,
				rejected.arguments());
	}

}
