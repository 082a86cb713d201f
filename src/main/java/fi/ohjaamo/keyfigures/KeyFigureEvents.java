package fi.ohjaamo.keyfigures;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to the key figures, for the audit log. */
public final class KeyFigureEvents {

	private KeyFigureEvents() {
	}

	/** A year's figures were added, changed or deleted; {@code action} is e.g. {@code keyfigures.year-added}. */
	public record YearWritten(UUID organisationId, UUID yearId, String action, String summary) implements Auditable {
		public String objectType() { return "key-figures"; }
		public String objectId() { return yearId.toString(); }
	}

}
