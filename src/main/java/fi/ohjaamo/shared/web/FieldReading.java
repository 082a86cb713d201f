package fi.ohjaamo.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How a form's fields are named and read to a person choosing between two values: the message key of each
 * field's label and, where the common reading (text, yes/no, a date, a number) does not do, the value in words:
 * a unit's name for its id, an enum's label, what an empty field means. Built per request, as the names belong to one organisation.
 */
public final class FieldReading {

	private final String prefix;

	private final Map<String, MessageSourceResolvable> labels = new HashMap<>();

	private final Map<String, String> emptyKeys = new HashMap<>();

	private final Map<String, Map<Object, String>> valueKeys = new HashMap<>();

	private final Map<String, Map<UUID, String>> names = new HashMap<>();

	private BiFunction<String, @Nullable Object, @Nullable String> values = (field, value) -> null;

	private Function<Enum<?>, @Nullable String> enumKeys = value -> null;

	private FieldReading(String prefix) {
		this.prefix = prefix;
	}

	/** Labels {@code prefix + field}, as most forms' message keys are named. */
	public static FieldReading labelled(String prefix) {
		return new FieldReading(prefix);
	}

	/** A field whose label has a key of its own, with the arguments its message takes (a grid's row and column). */
	public FieldReading label(String field, String key, Object... arguments) {
		labels.put(field, new DefaultMessageSourceResolvable(new String[] { key }, arguments, field));
		return this;
	}

	/** A value of a field said with a message of its own (a responsible party chosen as "a role"). */
	public FieldReading says(String field, Object value, String key) {
		valueKeys.computeIfAbsent(field, f -> new HashMap<>()).put(value, key);
		return this;
	}

	/** A field whose empty value means something to say in words (no override: as the ranking has it). */
	public FieldReading whenEmpty(String field, String key) {
		emptyKeys.put(field, key);
		return this;
	}

	/** A field holding an id (or ids) of something with a name. */
	public FieldReading names(String field, Map<UUID, String> namesById) {
		names.put(field, namesById);
		return this;
	}

	/** The message key of an enum constant's label. */
	public FieldReading enums(Function<Enum<?>, @Nullable String> keyOf) {
		this.enumKeys = keyOf;
		return this;
	}

	/** Reads the values it knows (answering null for the rest, which are read the common way). */
	public FieldReading values(BiFunction<String, @Nullable Object, @Nullable String> reader) {
		this.values = reader;
		return this;
	}

	MessageSourceResolvable label(String field) {
		return labels.getOrDefault(field, new DefaultMessageSourceResolvable(new String[] { prefix + field }, null, field));
	}

	@Nullable String valueKey(String field, Object value) {
		return valueKeys.getOrDefault(field, Map.of()).get(value);
	}

	String emptyKey(String field) {
		return emptyKeys.getOrDefault(field, "merge.empty");
	}

	@Nullable String read(String field, @Nullable Object value) {
		if (value instanceof UUID id && names.containsKey(field)) {
			return names.get(field).getOrDefault(id, "?");
		}
		return values.apply(field, value);
	}

	@Nullable String enumKey(Enum<?> value) {
		return enumKeys.apply(value);
	}

}
