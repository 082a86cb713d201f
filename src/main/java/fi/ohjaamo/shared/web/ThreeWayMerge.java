package fi.ohjaamo.shared.web;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Merges two saves made from the same version of a form, field by field (a field is a component of the form's
 * record): a field only they changed takes their value, a field only I changed keeps mine, a field both changed
 * to different values is a conflict that keeps mine until the person chooses. Without a known base every field
 * that differs is a conflict, so nothing the other saved is dropped unasked. A list (cost lines, members) is one
 * field: it is taken, kept or chosen whole.
 */
public final class ThreeWayMerge {

	/**
	 * What the merge gives: the form to show again, the fields taken from their save and the fields that need
	 * the person's choice (both in the form's order).
	 */
	public record Outcome<F extends Record>(F merged, List<String> taken, List<String> conflicts) {

		public Outcome {
			taken = List.copyOf(taken);
			conflicts = List.copyOf(conflicts);
		}

	}

	private ThreeWayMerge() {
	}

	/**
	 * Merges {@code mine} and {@code theirs}, both based on {@code base}. Fields named in {@code quiet} (the form's
	 * version, say) take their value without being counted.
	 */
	public static <F extends Record> Outcome<F> merge(@Nullable F base, F mine, F theirs, Set<String> quiet) {
		var baseValues = base == null ? null : values(base);
		var myValues = values(mine);
		var theirValues = values(theirs);
		var merged = new LinkedHashMap<String, @Nullable Object>();
		var taken = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		for (var entry : myValues.entrySet()) {
			String field = entry.getKey();
			Object my = entry.getValue();
			Object their = theirValues.get(field);
			if (quiet.contains(field)) {
				merged.put(field, their);
			}
			else if (same(my, their)) {
				merged.put(field, my);
			}
			else if (baseValues != null && same(baseValues.get(field), my)) {
				merged.put(field, their);
				taken.add(field);
			}
			else if (baseValues != null && same(baseValues.get(field), their)) {
				merged.put(field, my);
			}
			else {
				merged.put(field, my);
				conflicts.add(field);
			}
		}
		return new Outcome<>(build(mine, merged), taken, conflicts);
	}

	/** The form {@code into} with the named fields' values taken from {@code from}: a person's "take theirs". */
	public static <F extends Record> F taking(F into, F from, Collection<String> fields) {
		var values = values(into);
		var source = values(from);
		for (String field : fields) {
			if (values.containsKey(field)) {
				values.put(field, source.get(field));
			}
		}
		return build(into, values);
	}

	/** The form's fields by name, in the record's order. */
	public static Map<String, @Nullable Object> values(Record form) {
		var values = new LinkedHashMap<String, @Nullable Object>();
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			try {
				var accessor = component.getAccessor();
				accessor.setAccessible(true);
				values.put(component.getName(), accessor.invoke(form));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + component.getName(), ex);
			}
		}
		return values;
	}

	/**
	 * Empty text, an empty list and no value at all mean the same to a person reading the form, as do 10 000 and
	 * 10 000,00, and a text whose lines a browser sent back with other line breaks; lines of a list are compared by
	 * their fields in the same way.
	 */
	private static boolean same(@Nullable Object a, @Nullable Object b) {
		return Objects.equals(normal(a), normal(b));
	}

	private static @Nullable Object normal(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case String text when text.isBlank() -> null;
			case String text -> text.replace("\r\n", "\n").strip();
			case BigDecimal number -> number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
			case Collection<?> list when list.isEmpty() -> null;
			case Collection<?> list -> list.stream().map(ThreeWayMerge::normal).toList();
			case Record line -> {
				var fields = new ArrayList<@Nullable Object>();
				values(line).values().forEach(v -> fields.add(normal(v)));
				yield fields;
			}
			default -> value;
		};
	}

	@SuppressWarnings("unchecked")
	private static <F extends Record> F build(F like, Map<String, @Nullable Object> values) {
		var components = like.getClass().getRecordComponents();
		var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			Constructor<?> canonical = like.getClass().getDeclaredConstructor(types);
			canonical.setAccessible(true);
			return (F) canonical.newInstance(Arrays.stream(components).map(c -> values.get(c.getName())).toArray());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot build " + like.getClass().getSimpleName(), ex);
		}
	}

}
