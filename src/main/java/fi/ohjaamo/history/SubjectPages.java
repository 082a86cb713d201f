package fi.ohjaamo.history;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a versioned record is shown, so the version pages can link back to it. The module that owns the records
 * provides this; the history module knows no record types itself.
 */
public interface SubjectPages {

	/** The path of the record's page, or null when this module does not know the type or the record is gone. */
	@Nullable String pathOf(UUID organisationId, Subject subject);

}
