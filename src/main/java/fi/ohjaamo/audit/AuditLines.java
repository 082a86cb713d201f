package fi.ohjaamo.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns stored entries into lines a person reads. An entry keeps the data's own words in no language (a title, a
 * status code, an id), so that the log never changes; the words are chosen when it is read: a code such as
 * {@code APPROVED} becomes its label, an id the name of the project or person it names.
 */
@Component
class AuditLines {

	/** Where the labels of the code words in summaries are, tried in this order. */
	private static final List<String> LABELS = List.of("portfolio.status.", "decisions.outcome.", "audit.role.",
			"prioritisation.fundingCall.status.", "actionplan.status.");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

	private static final Pattern ID = Pattern
		.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	/** The object of a printed card, as {@code ProjectController} names it. */
	private static final String PRINTED_PROJECT = "project ";

	private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,9}\\b");

	private final MessageSource messages;

	private final Organisations organisations;

	private final Projects projects;

	AuditLines(MessageSource messages, Organisations organisations, Projects projects) {
		this.messages = messages;
		this.organisations = organisations;
		this.projects = projects;
	}

	List<AuditLine> of(UUID organisationId, List<AuditEntry> entries, Locale locale) {
		var names = new Names(organisationId);
		return entries.stream().map(entry -> line(entry, names, locale)).toList();
	}

	private AuditLine line(AuditEntry entry, Names names, Locale locale) {
		String what = message("audit.action." + entry.getAction(), locale).orElse(entry.getAction());
		String object = detail(entry, locale).orElseGet(() -> words(entry.getSummary(), names, locale));
		String id = entry.getObjectId();
		if (id != null && id.startsWith(PRINTED_PROJECT)) {
			// A printed card: its summary holds only the id and the count of one.
			id = id.substring(PRINTED_PROJECT.length());
			object = names.project(id).orElse(object);
		}
		boolean project = id != null && (entry.getObjectType().equals("project") || !id.equals(entry.getObjectId()));
		if (id != null && (project || entry.getObjectType().equals("person"))) {
			String name = (project ? names.project(id) : names.person(id)).orElse("");
			if (!name.isEmpty() && !object.contains(name)) {
				object = object.isEmpty() ? name : name + ": " + object;
			}
		}
		String actor = entry.getActorName().equals(AuditRecorder.SYSTEM)
				? message("audit.actor.system", locale).orElse(AuditRecorder.SYSTEM) : entry.getActorName();
		return new AuditLine(entry.getOccurredAt(), actor, what, object, project ? id : null, entry.getRemoteAddress());
	}

	/**
	 * The counts of an import or export ("created 3, updated 1") in the reader's words, when the action has a
	 * detail message ({@code audit.detail.<action>}) to put them in.
	 */
	private Optional<String> detail(AuditEntry entry, Locale locale) {
		String key = "audit.detail." + entry.getAction();
		if (message(key, locale).isEmpty()) {
			return Optional.empty();
		}
		Object[] counts = NUMBER.matcher(entry.getSummary()).results().map(r -> Integer.valueOf(r.group())).toArray();
		return Optional.of(messages.getMessage(key, counts, locale));
	}

	/** The summary with its code words as labels and its ids as names. */
	private String words(String summary, Names names, Locale locale) {
		String named = replace(ID, summary, id -> names.project(id).or(() -> names.person(id)).orElse(id));
		return replace(CODE, named, code -> LABELS.stream()
			.map(prefix -> message(prefix + code, locale))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(code));
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<String, String> by) {
		Matcher m = pattern.matcher(text);
		var out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	private Optional<String> message(String key, Locale locale) {
		try {
			return Optional.of(messages.getMessage(key, null, locale));
		}
		catch (NoSuchMessageException ex) {
			return Optional.empty();
		}
	}

	/** Names looked up once per page; only the organisation's own projects are found. */
	private final class Names {

		private final UUID organisationId;

		private final Map<String, Optional<String>> projectTitles = new HashMap<>();

		private @Nullable Map<String, String> people;

		Names(UUID organisationId) {
			this.organisationId = organisationId;
		}

		Optional<String> project(String id) {
			return projectTitles.computeIfAbsent(id, key -> uuid(key).flatMap(uuid -> {
				try {
					return Optional.of(projects.get(organisationId, uuid).getTitle());
				}
				catch (NotFoundException ex) {
					return Optional.empty();
				}
			}));
		}

		/** A person of the organisation; the people are read once, and only when a line names someone. */
		Optional<String> person(String id) {
			if (people == null) {
				people = organisations.peopleOf(organisationId)
					.stream()
					.collect(Collectors.toMap(p -> p.id().toString(), PersonView::displayName, (a, b) -> a));
			}
			return Optional.ofNullable(people.get(id));
		}

		private static Optional<UUID> uuid(String text) {
			try {
				return Optional.of(UUID.fromString(text));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

	}

}
