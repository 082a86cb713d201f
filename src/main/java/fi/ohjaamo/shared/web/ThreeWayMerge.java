package fi.ohjaamo.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Merges two saves made from the same version of a form, field by field (a field is a component of the form's
 * record): a field only they changed takes their value, a field only I changed keeps mine, a field both changed
 * to different values is a conflict that keeps mine until the person chooses. Without a known base every field
 * that differs is a conflict, so nothing the other saved is dropped unasked. A list (cost lines, members) is one
 * field: it is taken, kept or chosen whole. A grid of {@link Cell}s is merged cell by cell instead.
 */
public final class ThreeWayMerge {

	/**
	 * A line of a list that is merged cell by cell, as a grid's cells are (a party's quarter, a criterion's
	 * weight): each cell means something on its own, so each is a field of its own, named by the list and the
	 * cell's key ({@code cells[IT-2027-1]}), and only its value is compared, taken or kept. Which cells there are,
	 * and each cell's other parts (the version it was read at), are the newer save's: a merged grid is based on it.
	 */
	public interface Cell {

		/** Names the cell within its list, the same in every save of the form. */
		String key();

		@Nullable Object value();

		/** The same cell holding another value (one of this cell's own type, or null). */
		Cell withValue(@Nullable Object value);

	}

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
		var baseFields = base == null ? null : fields(base);
		var myFields = fields(mine);
		var theirValues = values(theirs);
		var merged = new LinkedHashMap<String, @Nullable Object>();
		var taken = new ArrayList<String>();
		var conflicts = new ArrayList<String>();
		for (RecordComponent component : mine.getClass().getRecordComponents()) {
			String name = component.getName();
			Object their = theirValues.get(name);
			if (quiet.contains(name)) {
				merged.put(name, their);
			}
			else if (isGrid(component)) {
				var cells = new ArrayList<Cell>();
				for (Cell theirCell : cells(their)) {
					String field = cellField(name, theirCell);
					cells.add(theirCell.withValue(
							merge(field, baseFields, myFields.get(field), theirCell.value(), taken, conflicts)));
				}
				merged.put(name, cells);
			}
			else {
				merged.put(name, merge(name, baseFields, myFields.get(name), their, taken, conflicts));
			}
		}
		return new Outcome<>(build(mine, merged), taken, conflicts);
	}

	private static @Nullable Object merge(String field, @Nullable Map<String, @Nullable Object> base,
			@Nullable Object my, @Nullable Object their, List<String> taken, List<String> conflicts) {
		if (same(my, their)) {
			return my;
		}
		if (base != null && same(base.get(field), my)) {
			taken.add(field);
			return their;
		}
		if (base != null && same(base.get(field), their)) {
			return my;
		}
		conflicts.add(field);
		return my;
	}

	/** The form {@code into} with the named fields' values taken from {@code from}: a person's "take theirs". */
	public static <F extends Record> F taking(F into, F from, Collection<String> fields) {
		var values = values(into);
		var sourceValues = values(from);
		var sourceFields = fields(from);
		var grids = grids(into);
		for (String field : fields) {
			int open = field.indexOf('[');
			if (values.containsKey(field)) {
				values.put(field, sourceValues.get(field));
			}
			else if (open > 0 && grids.contains(field.substring(0, open))) {
				String list = field.substring(0, open);
				values.put(list, cells(values.get(list)).stream()
					.map(cell -> cellField(list, cell).equals(field) ? cell.withValue(sourceFields.get(field)) : cell)
					.toList());
			}
		}
		return build(into, values);
	}

	/**
	 * Where a field's value is bound on the form, for its errors: the field itself, or for a cell of a grid the
	 * line of the list that holds it now ({@code cells[3]}); null for a cell the form does not have.
	 */
	public static @Nullable String boundAt(Record form, String field) {
		int open = field.indexOf('[');
		if (open < 0 || !grids(form).contains(field.substring(0, open))) {
			return field;
		}
		String list = field.substring(0, open);
		var values = values(form);
		var cells = cells(values.get(list));
		for (int i = 0; i < cells.size(); i++) {
			if (cellField(list, cells.get(i)).equals(field)) {
				return list + "[" + i + "]";
			}
		}
		return null;
	}

	/**
	 * The form's fields by name, in the record's order, as the merge compares them: a grid's cells one by one
	 * (by their values), every other component whole.
	 */
	public static Map<String, @Nullable Object> fields(Record form) {
		var fields = new LinkedHashMap<String, @Nullable Object>();
		var values = values(form);
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			String name = component.getName();
			if (isGrid(component)) {
				cells(values.get(name)).forEach(cell -> fields.put(cellField(name, cell), cell.value()));
			}
			else {
				fields.put(name, values.get(name));
			}
		}
		return fields;
	}

	private static Set<String> grids(Record form) {
		return Arrays.stream(form.getClass().getRecordComponents())
			.filter(ThreeWayMerge::isGrid)
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
	}

	private static boolean isGrid(RecordComponent component) {
		return Collection.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> line && Cell.class.isAssignableFrom(line);
	}

	private static List<Cell> cells(@Nullable Object list) {
		if (!(list instanceof Collection<?> lines)) {
			return List.of();
		}
		return lines.stream().filter(Cell.class::isInstance).map(Cell.class::cast).toList();
	}

	private static String cellField(String list, Cell cell) {
		return list + "[" + cell.key() + "]";
	}

	/** The form's components by name, in the record's order. */
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
