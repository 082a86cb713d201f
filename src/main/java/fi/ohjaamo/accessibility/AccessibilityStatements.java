package fi.ohjaamo.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each organisation's own accessibility statement, when it has written one. */
@Service
@Transactional(readOnly = true)
class AccessibilityStatements {

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

	/** Saves the organisation's text; a blank text goes back to the default statement. */
	@Transactional
	void write(UUID organisationId, String body, UUID by) {
		String text = body.strip();
		if (text.isEmpty()) {
			statements.deleteByOrganisationId(organisationId);
		}
		else {
			var statement = statements.findByOrganisationId(organisationId)
				.orElseGet(() -> new AccessibilityStatement(organisationId));
			statement.rewrite(text, by, clock.instant());
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
