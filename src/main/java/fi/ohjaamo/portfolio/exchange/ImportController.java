package fi.ohjaamo.portfolio.exchange;

import java.io.IOException;
import java.util.Locale;

import fi.ohjaamo.exchange.ExchangeProperties;
import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.UploadedFile;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.Projects;
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
 * Import of projects: upload, the preview with every row's problems, and the commit. The preview waits in the
 * session (per organisation, so switching organisation cannot commit it elsewhere) until it is committed or replaced.
 */
@Controller
class ImportController {

	static final String PREVIEW = "exchange.preview";

	private final ProjectImport imports;

	private final ExchangeProperties limits;

	private final CardLabels labels;

	private final Projects projects;

	ImportController(ProjectImport imports, ExchangeProperties limits, CardLabels labels, Projects projects) {
		this.projects = projects;
		this.imports = imports;
		this.limits = limits;
		this.labels = labels;
	}

	/** The preview of the person's last upload, in the organisation it was made in. */
	record Pending(java.util.UUID organisationId, ImportPreview preview) {
	}

	@GetMapping("/projects/import")
	String page(CurrentUser user, Model model) {
		requireMayImport(user);
		model.addAttribute("maxMegabytes", limits.maxUploadBytes() / (1024 * 1024));
		model.addAttribute("maxRows", limits.maxRows());
		return "exchange/import";
	}

	@PostMapping("/projects/import")
	String upload(CurrentUser user, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Locale locale, HttpSession session, Model model) throws IOException {
		requireMayImport(user);
		session.removeAttribute(PREVIEW);
		try {
			var preview = imports.preview(user, UploadedFile.bytes(file, limits), locale);
			session.setAttribute(PREVIEW, new Pending(user.organisationId(), preview));
			model.addAttribute("preview", preview);
		}
		catch (ImportRejected rejected) {
			model.addAttribute("rejection", labels.message(rejected.reason(), locale, rejected.arguments()));
		}
		return page(user, model);
	}

	@PostMapping("/projects/import/commit")
	String commit(CurrentUser user, Locale locale, HttpSession session, Model model, RedirectAttributes redirect) {
		requireMayImport(user);
		if (!(session.getAttribute(PREVIEW) instanceof Pending pending)
				|| !pending.organisationId().equals(user.organisationId())) {
			model.addAttribute("rejection", labels.message("exchange.rejected.noPreview", locale));
			return page(user, model);
		}
		try {
			var done = imports.commit(user, pending.preview(), locale);
			session.removeAttribute(PREVIEW);
			redirect.addAttribute("imported", done.count(ImportAction.CREATE) + done.count(ImportAction.UPDATE));
			return "redirect:/projects/import";
		}
		catch (ImportRejected rejected) {
			session.removeAttribute(PREVIEW);
			model.addAttribute("rejection", labels.message(rejected.reason(), locale, rejected.arguments()));
			return page(user, model);
		}
	}

	/** Importing creates cards, so the portfolio's rule for starting a card decides. */
	private void requireMayImport(CurrentUser user) {
		projects.requireCreator(user);
	}

}
