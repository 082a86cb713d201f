package fi.ohjaamo.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's own accessibility statement, when it has written one. The statement speaks for the whole
 * organisation, so only its administrator writes it; this service refuses anyone else, whatever route calls it.
 */
@Service
@Transactional(readOnly = true)
class AccessibilityStatements {

	/** Long enough for any statement, short enough that nobody stores a book in it. */
	static final int MAX_CHARS = 20_000;

	/** An organisation's own text, as paragraphs, and when it was last changed. */
	record Written(List<String> paragraphs, Instant updatedAt) {
	}

	record StatementChanged(UUID organisationId, boolean toDefault) implements Auditable {
		public String action() { return "accessibility.statement-changed"; }
		public @Nullable UUID organisationId() { return organisationId; }
		public String objectType() { return "accessibility-statement"; }
		public @Nullable String objectId() { return organisationId.toString(); }
		public String summary() { return toDefault ? "default" : "own"; }
	}

	private final AccessibilityStatementRepository statements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessibilityStatements(AccessibilityStatementRepository statements, ApplicationEventPublisher events, Clock clock) {
		this.statements = statements;
		this.events = events;
		this.clock = clock;
	}

	Optional<Written> of(UUID organisationId) {
		return statements.findByOrganisationId(organisationId)
			.map(s -> new Written(paragraphs(s.getBody()), s.getUpdatedAt()));
	}

	Optional<String> textOf(UUID organisationId) {
		return statements.findByOrganisationId(organisationId).map(AccessibilityStatement::getBody);
	}

	static boolean mayWrite(CurrentUser user) {
		return user.isAdministrator();
	}

	static void requireWriter(CurrentUser user) {
		if (!mayWrite(user)) {
			throw new AccessDeniedException("administrators only");
		}
	}

	static boolean tooLong(String body) {
		return body.length() > MAX_CHARS;
	}

	/**
	 * Saves the signed-in organisation's text; a blank text goes back to the default statement.
	 * @throws IllegalArgumentException for a text over {@link #MAX_CHARS}, which the form says before calling
	 */
	@Transactional
	void write(CurrentUser user, String body) {
		requireWriter(user);
		if (tooLong(body)) {
			throw new IllegalArgumentException("statement over " + MAX_CHARS + " characters");
		}
		UUID organisationId = user.organisationId();
		String text = body.strip();
		if (text.isEmpty()) {
			statements.deleteByOrganisationId(organisationId);
		}
		else {
			var statement = statements.findByOrganisationId(organisationId)
				.orElseGet(() -> new AccessibilityStatement(organisationId));
			statement.rewrite(text, user.personId(), clock.instant());
			statements.save(statement);
		}
		events.publishEvent(new StatementChanged(organisationId, text.isEmpty()));
	}

	/** Paragraphs are separated by a blank line, as the administrator typed them. */
	static List<String> paragraphs(String body) {
		return List.of(body.strip().replace("\r\n", "\n").split("\n\\s*\n")).stream().map(String::strip)
			.filter(p -> !p.isEmpty()).toList();
	}

}
