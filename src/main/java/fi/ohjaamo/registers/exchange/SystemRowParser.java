package fi.ohjaamo.registers.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.SystemDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Lays one row of an application list over a system's definition: names of service areas, units and vendors back
 * to ids of the organisation, labels back to values, dates and numbers read. Every cell it cannot understand becomes
 * a problem of that row and column, except an answer to one of the system's questions (criticality, hosting, personal
 * data, use logging), which is left unknown and told, since an unknown answer is no reason to stop the import. A
 * vendor the register does not know yet is returned by name, to be created.
 */
final class SystemRowParser {

	/** Dates as the export writes them, as people type them in Finland, and as Excel's default short date reads. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			strict("d.M.uuuu"), strict("M/d/uu"));

	private static DateTimeFormatter strict(String pattern) {
		// Strict, so that 31.2.2026 is an error rather than quietly the last day of February.
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * The row laid over the definition; {@code unread} holds, by column, the texts of the cells the register could
	 * not read as an answer, which were left unknown.
	 */
	record Parsed(SystemDefinition definition, @Nullable String newVendor, Map<SystemColumn, String> unread) {
	}

	private final RegisterLabels labels;

	private final UnitTree units;

	private final Map<String, UUID> vendorsByName;

	private final Map<String, List<UUID>> peopleByName;

	private final Locale locale;

	SystemRowParser(RegisterLabels labels, UnitTree units, Map<String, UUID> vendorsByName,
			Map<String, List<UUID>> peopleByName, Locale locale) {
		this.labels = labels;
		this.units = units;
		this.vendorsByName = vendorsByName;
		this.peopleByName = peopleByName;
		this.locale = locale;
	}

	Parsed parse(RawSheet.Row row, Map<SystemColumn, Integer> columns, SystemDefinition base, List<RowProblem> problems) {
		var draft = new SystemDraft(base);
		String newVendor = null;
		var unread = new EnumMap<SystemColumn, String>(SystemColumn.class);
		for (var entry : columns.entrySet()) {
			var column = entry.getKey();
			String text = cell(row, entry.getValue());
			Consumer<String> problem = key -> problems
				.add(new RowProblem(row.number(), labels.heading(column, locale), labels.message(key, locale, text)));
			Runnable notRead = () -> unread.put(column, text);
			switch (column) {
				case PURPOSE -> draft.purpose = text;
				case NAME -> draft.name = text;
				case VENDOR -> {
					draft.vendorId = text.isEmpty() ? null : vendorsByName.get(SpreadsheetText.normal(text));
					newVendor = !text.isEmpty() && draft.vendorId == null ? text : null;
				}
				case SERVICE_AREA -> draft.serviceAreaId = one(
						units.serviceAreas().stream().filter(u -> named(u, text)).toList(), text, problem);
				case OWNER_UNIT -> {
				}
				case MAIN_USER -> mainUser(draft, text);
				case USER_COUNT -> draft.userCount = wholeNumber(text, problem, draft.userCount);
				case CRITICALITY -> draft.criticality = answer(Criticality.class, text, notRead, Criticality.UNKNOWN);
				case HOSTING -> draft.hosting = answer(Hosting.class, text, notRead, Hosting.UNKNOWN);
				case PERSONAL_DATA -> draft.personalData = answer(Answer.class, text, notRead, Answer.UNKNOWN);
				case CONFIDENTIAL_DATA -> draft.confidentialData = yes(column, text, problem, draft.confidentialData);
				case USE_LOGGED -> draft.useLogged = answer(Answer.class, text, notRead, Answer.UNKNOWN);
				case RETENTION_NOTES -> draft.retentionNotes = text;
				case PHASE -> draft.phase = choice(column, text, problem, draft.phase);
				case IN_USE_SINCE -> draft.inUseSince = date(text, problem, draft.inUseSince);
				case PRODUCT_SUPPORT_ENDS -> draft.productSupportEnds = date(text, problem, draft.productSupportEnds);
				case PLATFORM -> draft.platform = text;
				case PLATFORM_SUPPORT_ENDS -> draft.platformSupportEnds = date(text, problem, draft.platformSupportEnds);
			}
		}
		// Unit names repeat across service areas, so a unit is read once the row's service area is known.
		Integer unitColumn = columns.get(SystemColumn.OWNER_UNIT);
		if (unitColumn != null) {
			String text = cell(row, unitColumn);
			draft.ownerUnitId = one(ownerUnits(text, draft.serviceAreaId), text, key -> problems.add(new RowProblem(
					row.number(), labels.heading(SystemColumn.OWNER_UNIT, locale), labels.message(key, locale, text))));
		}
		return new Parsed(draft.definition(), newVendor, Map.copyOf(unread));
	}

	/**
	 * A main user named as exactly one of the organisation's people becomes that person, as the form would choose;
	 * any other name stays text. So a file exported with a person's name reads back as the same person.
	 */
	private void mainUser(SystemDraft draft, String text) {
		var people = peopleByName.getOrDefault(SpreadsheetText.normal(text), List.of());
		draft.mainUserPersonId = people.size() == 1 ? people.getFirst() : null;
		draft.mainUser = people.size() == 1 ? "" : text;
	}

	/** The units of the name; when several share it, those of the row's service area. */
	private List<UnitView> ownerUnits(String name, @Nullable UUID serviceAreaId) {
		var named = units.all().stream().filter(u -> named(u, name)).toList();
		if (named.size() > 1 && serviceAreaId != null) {
			return named.stream()
				.filter(u -> serviceAreaId.equals(u.id()) || serviceAreaId.equals(u.parentId()))
				.toList();
		}
		return named;
	}

	private static boolean named(UnitView unit, String name) {
		return SpreadsheetText.normal(unit.name()).equals(SpreadsheetText.normal(name));
	}

	private static String cell(RawSheet.Row row, int index) {
		return SpreadsheetText.restore(row.cell(index).strip());
	}

	private static @Nullable UUID one(List<UnitView> found, String text, Consumer<String> problem) {
		if (text.isEmpty()) {
			return null;
		}
		if (found.size() != 1) {
			problem.accept(found.isEmpty() ? "exchange.problem.unknownName" : "exchange.problem.ambiguousName");
			return null;
		}
		return found.getFirst().id();
	}

	/** An empty cell keeps the value: such a choice cannot be emptied, and a new system keeps the register's default. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <E extends Enum<E>> E choice(SystemColumn column, String text, Consumer<String> problem, E current) {
		if (text.isEmpty()) {
			return current;
		}
		var choices = Objects.requireNonNull(column.choices, "a choice column lists its choices");
		Optional<E> value = labels.value((Class) choices, text);
		if (value.isEmpty()) {
			problem.accept("exchange.problem.notAChoice");
			return current;
		}
		return value.get();
	}

	/**
	 * The answer a cell gives to one of the system's questions. An empty cell, or a text the register cannot read,
	 * leaves the question unanswered, never a guess; {@code notRead} is told of such a text for the preview to show.
	 */
	private <E extends Enum<E>> E answer(Class<E> type, String text, Runnable notRead, E unknown) {
		if (text.isEmpty()) {
			return unknown;
		}
		var value = labels.value(type, text);
		if (value.isEmpty()) {
			notRead.run();
			return unknown;
		}
		return value.get();
	}

	private boolean yes(SystemColumn column, String text, Consumer<String> problem, boolean current) {
		var value = choice(column, text, problem, current ? YesNo.YES : YesNo.NO);
		return value == YesNo.YES;
	}

	static @Nullable Integer wholeNumber(String text, Consumer<String> problem, @Nullable Integer current) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text.replaceAll("[\\s\u00a0\u202f]", ""));
		}
		catch (NumberFormatException ex) {
			problem.accept("exchange.system.problem.notAWholeNumber");
			return current;
		}
	}

	static @Nullable LocalDate date(String text, Consumer<String> problem, @Nullable LocalDate current) {
		if (text.isEmpty()) {
			return null;
		}
		for (var format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next format may fit
			}
		}
		problem.accept("exchange.system.problem.notADate");
		return current;
	}

}
