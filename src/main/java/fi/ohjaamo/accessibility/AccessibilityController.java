package fi.ohjaamo.accessibility;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.publication.PublicationSites;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statements, for anyone; the form that changes one, for the organisation's administrator. */
@Controller
class AccessibilityController {

	private static final int DEFAULT_PARAGRAPHS = 5;

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final AccessibilityStatements statements;

	private final Organisations organisations;

	private final PublicationSites sites;

	private final MessageSource messages;

	AccessibilityController(AccessibilityStatements statements, Organisations organisations, PublicationSites sites,
			MessageSource messages) {
		this.statements = statements;
		this.organisations = organisations;
		this.sites = sites;
		this.messages = messages;
	}

	/** Linked from every page's footer: the statements of the organisations that use this Ohjaamo. */
	@GetMapping("/accessibility")
	String organisations(Model model) {
		model.addAttribute("organisations", organisations.all()
			.stream()
			.map(o -> new Listed(o.getName(), sites.slugOf(o.getId())))
			.toList());
		return "accessibility/organisations";
	}

	@GetMapping("/public/{slug}/accessibility")
	String statement(@PathVariable String slug, Locale locale, Model model) {
		UUID organisationId = sites.organisationOf(slug).orElseThrow(NotFoundException::new);
		String name = organisations.find(organisationId).orElseThrow(NotFoundException::new).getName();
		var written = statements.of(organisationId);
		model.addAttribute("organisationName", name);
		model.addAttribute("paragraphs", written.map(AccessibilityStatements.Written::paragraphs)
			.orElseGet(() -> defaultParagraphs(name, locale)));
		model.addAttribute("updatedOn", written.map(w -> w.updatedAt().atZone(FINLAND).toLocalDate()).orElse(null));
		return "accessibility/statement";
	}

	@GetMapping("/admin/accessibility")
	String form(CurrentUser user, Locale locale, Model model) {
		AccessibilityStatements.requireWriter(user);
		String text = statements.textOf(user.organisationId())
			.orElseGet(() -> String.join("\n\n", defaultParagraphs(user.organisationName(), locale)));
		return form(user, text, false, model);
	}

	@PostMapping("/admin/accessibility")
	String save(CurrentUser user, @RequestParam(defaultValue = "") String body, Model model) {
		AccessibilityStatements.requireWriter(user);
		if (AccessibilityStatements.tooLong(body)) {
			return form(user, body, true, model);
		}
		statements.write(user, body);
		return "redirect:/admin/accessibility?saved";
	}

	private String form(CurrentUser user, String text, boolean tooLong, Model model) {
		model.addAttribute("body", text);
		model.addAttribute("tooLong", tooLong);
		model.addAttribute("maxChars", AccessibilityStatements.MAX_CHARS);
		model.addAttribute("slug", sites.slugOf(user.organisationId()));
		return "accessibility/statement-form";
	}

	private List<String> defaultParagraphs(String organisationName, Locale locale) {
		return IntStream.rangeClosed(1, DEFAULT_PARAGRAPHS)
			.mapToObj(n -> messages.getMessage("accessibility.default.p" + n, new Object[] { organisationName }, locale))
			.toList();
	}

	record Listed(String name, String slug) {
	}

}
