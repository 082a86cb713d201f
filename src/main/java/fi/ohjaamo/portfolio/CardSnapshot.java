package fi.ohjaamo.portfolio;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A kept version of a card as it is stored: the card under the version of its stored shape,
 * {@code {"schema": 2, "card": {…}}}. Versions are never rewritten, so reading one upgrades its shape step by step
 * to the current one; the card can change without any kept version becoming unreadable (ADR 0002).
 * <p>
 * A new card field needs no new schema when a version without it means the field's empty value. Renaming, removing
 * or retyping a field, or a new field whose absence means something else, raises {@link #SCHEMA} with a step in
 * {@link #upgrade} that rewrites the older shape, and keeps a stored example of that shape among the tests.
 */
record CardSnapshot(int schema, ProjectCard card) {

	/** The version of the shape written now. */
	static final int SCHEMA = 2;

	static CardSnapshot of(ProjectCard card) {
		return new CardSnapshot(SCHEMA, card);
	}

	String write(JsonMapper json) {
		return json.writeValueAsString(this);
	}

	/**
	 * Reads a kept version in any shape ever stored. Properties the card no longer has are passed over: a stored
	 * line carries what its record once also wrote out (a cost line's {@code range}).
	 * @throws IllegalStateException when the version was written by a newer application than this one
	 */
	static ProjectCard read(JsonMapper json, String stored) {
		var card = upgrade(json, (ObjectNode) json.readTree(stored)).get("card");
		return json.readerFor(ProjectCard.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(card);
	}

	private static ObjectNode upgrade(JsonMapper json, ObjectNode stored) {
		int schema = schemaOf(stored);
		if (schema > SCHEMA) {
			throw new IllegalStateException(
					"a card version of schema " + schema + " is newer than this application reads (" + SCHEMA + ")");
		}
		var node = stored;
		for (; schema < SCHEMA; schema++) {
			node = switch (schema) {
				// Until the shape had a version, the card itself was stored.
				case 1 -> json.createObjectNode().put("schema", 2).set("card", node);
				default -> throw new IllegalStateException("no upgrade from card schema " + schema);
			};
		}
		return node;
	}

	private static int schemaOf(ObjectNode stored) {
		JsonNode schema = stored.get("schema");
		return schema == null ? 1 : schema.intValue();
	}

}
