package fi.ohjaamo.shared.web;

import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * How a form's fields are named and read to a person choosing between two values: the message key of a field's
 * label and, where the common reading (text, yes/no, a date, a number) does not do, the value in words (a unit's
 * name for its id, an enum's label).
 */
@FunctionalInterface
public interface FieldReading {

	String labelKey(String field);

	/** The value in the reader's words, or null to read it the common way. */
	default @Nullable String read(String field, @Nullable Object value) {
		return null;
	}

	/** Labels {@code prefix + field}, as most forms' message keys are named. */
	static FieldReading labelled(String prefix) {
		return field -> prefix + field;
	}

	/** The same labels, with {@code reader} reading the values it knows (returning null for the rest). */
	default FieldReading reading(BiFunction<String, @Nullable Object, @Nullable String> reader) {
		var labels = this;
		return new FieldReading() {
			@Override
			public String labelKey(String field) {
				return labels.labelKey(field);
			}

			@Override
			public @Nullable String read(String field, @Nullable Object value) {
				var read = reader.apply(field, value);
				return read != null ? read : labels.read(field, value);
			}
		};
	}

}
