package fi.ohjaamo.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A record's fields in order, as one kept version holds them. Build with {@link #builder()}. */
public record Snapshot(List<VersionField> fields) {

	public Snapshot {
		fields = List.copyOf(fields);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Collects the fields in the order they should be read. */
	public static final class Builder {

		private final List<VersionField> fields = new ArrayList<>();

		private Builder() {
		}

		public Builder text(String label, @Nullable String value) {
			return add(label, null, VersionField.Kind.TEXT, value == null ? "" : value);
		}

		/** A message code as the value, worded in the reader's language when shown; null or empty for none. */
		public Builder code(String label, @Nullable String code) {
			return code == null || code.isEmpty() ? text(label, "") : add(label, null, VersionField.Kind.CODE, code);
		}

		/** A message code as the value of a label with an argument, such as the verdict of a dated assessment. */
		public Builder code(String label, String argument, String code) {
			return add(label, argument, VersionField.Kind.CODE, code);
		}

		public Builder date(String label, @Nullable LocalDate date) {
			return date == null ? text(label, "") : add(label, null, VersionField.Kind.DATE, date.toString());
		}

		/** A date as the value of a label with an argument, such as the date of the second decision of a chain. */
		public Builder date(String label, String argument, LocalDate date) {
			return add(label, argument, VersionField.Kind.DATE, date.toString());
		}

		public Builder number(String label, @Nullable String argument, @Nullable BigDecimal value) {
			return value == null ? add(label, argument, VersionField.Kind.TEXT, "")
					: add(label, argument, VersionField.Kind.NUMBER, value.stripTrailingZeros().toPlainString());
		}

		public Builder text(String label, @Nullable String argument, String value) {
			return add(label, argument, VersionField.Kind.TEXT, value);
		}

		private Builder add(String label, @Nullable String argument, VersionField.Kind kind, String value) {
			fields.add(new VersionField(label, argument, kind, value));
			return this;
		}

		public Snapshot build() {
			return new Snapshot(fields);
		}

	}

}
