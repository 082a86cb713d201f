package fi.ohjaamo.audit;

import java.util.Locale;

import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the current organisation, for its administrators only. */
@Controller
class AuditLogController {

	static final int PAGE_SIZE = 100;

	private final AuditEntryRepository entries;

	private final AuditLines lines;

	AuditLogController(AuditEntryRepository entries, AuditLines lines) {
		this.entries = entries;
		this.lines = lines;
	}

	@GetMapping("/admin/audit")
	String log(CurrentUser user, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
		if (!user.isAdministrator()) {
			throw new AccessDeniedException("administrators only");
		}
		var entryPage = entries.findByOrganisationIdOrderByOccurredAtDesc(user.organisationId(),
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("entries", entryPage);
		model.addAttribute("lines", lines.of(user.organisationId(), entryPage.getContent(), locale));
		return "audit/log";
	}

}
