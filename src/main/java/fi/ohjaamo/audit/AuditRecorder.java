package fi.ohjaamo.audit;

import java.time.Clock;

import fi.ohjaamo.organisation.SignedInPerson;
import fi.ohjaamo.shared.Auditable;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes an entry for every auditable event. It listens synchronously, so the entry is part of the
 * transaction that did the work: if the work rolls back, so does its entry, and vice versa.
 */
@Component
class AuditRecorder {

	/** The actor of what no signed-in person did, such as the demo data or a start-up task. */
	static final String SYSTEM = "system";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	void on(Auditable event) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var person = authentication != null && authentication.getPrincipal() instanceof SignedInPerson p ? p : null;
		String actorName = person != null ? person.displayName() + " (" + person.username() + ")"
				: event.objectType().equals("account") ? event.summary() : SYSTEM;
		entries.save(new AuditEntry(clock.instant(), event.organisationId(), person == null ? null : person.personId(),
				actorName, event.action(), event.objectType(), event.objectId(), event.summary(), remoteAddress()));
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
