package fi.ohjaamo.documents;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** A document left the application as a file: a disclosure, so it is logged like any export. */
public record DocumentExported(UUID organisationId, String document, DocumentFormat format, DocumentLanguage language,
		@Nullable UUID objectUuid, String title) implements Auditable {

	@Override
	public String action() {
		return "document.exported";
	}

	@Override
	public String objectType() {
		return document;
	}

	@Override
	public @Nullable String objectId() {
		return objectUuid == null ? null : objectUuid.toString();
	}

	@Override
	public String summary() {
		return title + " (" + format.extension() + ", " + language.code() + ")";
	}

}
