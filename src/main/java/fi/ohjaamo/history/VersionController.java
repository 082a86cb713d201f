package fi.ohjaamo.history;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.shared.web.FieldDiff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The versions of any versioned record, and the word-level difference between two of them. Everyone in the
 * organisation reads them; another organisation's record is as unknown as one that never existed.
 */
@Controller
@RequestMapping("/history/{type}/{id}")
class VersionController {

	/** A version and the labels of the fields it changed compared with the one before. */
	record Line(KeptVersion version, List<String> changedFields, boolean first) {
	}

	private final Versions versions;

	private final VersionReader reader;

	private final List<SubjectPages> pages;

	VersionController(Versions versions, VersionReader reader, List<SubjectPages> pages) {
		this.versions = versions;
		this.reader = reader;
		this.pages = pages;
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable String type, @PathVariable UUID id, Model model) {
		var subject = subject(type, id);
		var newestFirst = versions.of(user.organisationId(), subject);
		var lines = new ArrayList<Line>();
		for (int i = 0; i < newestFirst.size(); i++) {
			var version = newestFirst.get(i);
			boolean first = i + 1 == newestFirst.size();
			lines.add(new Line(version, first ? List.of()
					: FieldDiff.changedLabels(reader.read(newestFirst.get(i + 1).snapshot()), reader.read(version.snapshot())),
					first));
		}
		addSubject(user, subject, newestFirst.getFirst(), model);
		model.addAttribute("lines", lines);
		return "history/versions";
	}

	@GetMapping("/diff")
	String diff(CurrentUser user, @PathVariable String type, @PathVariable UUID id, @RequestParam int from,
			@RequestParam int to, Model model) {
		var subject = subject(type, id);
		var all = versions.of(user.organisationId(), subject);
		if (from == to) {
			throw new NotFoundException();
		}
		var older = numbered(all, Math.min(from, to));
		var newer = numbered(all, Math.max(from, to));
		addSubject(user, subject, all.getFirst(), model);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("changes", FieldDiff.between(reader.read(older.snapshot()), reader.read(newer.snapshot())));
		return "history/diff";
	}

	private void addSubject(CurrentUser user, Subject subject, KeptVersion latest, Model model) {
		model.addAttribute("subject", subject);
		model.addAttribute("latest", latest);
		model.addAttribute("subjectPath", latest.deleted() ? null : pathOf(user, subject));
	}

	private @Nullable String pathOf(CurrentUser user, Subject subject) {
		for (var page : pages) {
			String path = page.pathOf(user.organisationId(), subject);
			if (path != null) {
				return path;
			}
		}
		return null;
	}

	private static KeptVersion numbered(List<KeptVersion> all, int number) {
		return all.stream().filter(v -> v.number() == number).findFirst().orElseThrow(NotFoundException::new);
	}

	/** A malformed type is as unknown as a record that never existed. */
	private static Subject subject(String type, UUID id) {
		try {
			return new Subject(type, id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
