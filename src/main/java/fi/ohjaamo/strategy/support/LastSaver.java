package fi.ohjaamo.strategy.support;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who saved a strategy record last, as its kept versions tell, so that a merged stale save can name them. */
@Component
public class LastSaver {

	private final Versions versions;

	LastSaver(Versions versions) {
		this.versions = versions;
	}

	/** The name of whoever saved the record last; null when its versions do not say (none kept, demo data). */
	public @Nullable String of(UUID organisationId, String subjectType, UUID id) {
		try {
			String name = versions.of(organisationId, new Subject(subjectType, id)).getFirst().authorName();
			return name.isBlank() ? null : name;
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
