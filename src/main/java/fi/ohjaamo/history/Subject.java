package fi.ohjaamo.history;

import java.util.UUID;

/** What a version is a version of: a kind of record ({@code strategy}, {@code swot-item}…) and its id. */
public record Subject(String type, UUID id) {

	public Subject {
		if (!type.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("a subject type is a lower-case word with dashes: " + type);
		}
	}

}
