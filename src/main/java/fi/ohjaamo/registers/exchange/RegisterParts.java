package fi.ohjaamo.registers.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.registers.Contract;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.exchange.RegisterSheet.Column;
import fi.ohjaamo.registers.exchange.SystemImportPreview.Part;
import org.jspecify.annotations.Nullable;

/**
 * Reads the register's sheets beside the systems (vendors, integrations, yearly costs, contracts) into the writes
 * they ask for, each row compared with the register as it is: added, changed or as it was. Rows name systems and
 * vendors, never ids: a name the register has, or one the same file adds on its systems or vendors sheet. Nothing
 * is removed by an import; a row left out of the file leaves its record as it is.
 */
final class RegisterParts {

	private static final String LIST_SEPARATOR = ";";

	private final RegisterLabels labels;

	private final Locale locale;

	private final Map<String, InformationSystem> systems;

	private final Set<String> systemsOfTheFile;

	private final Map<String, Vendor> vendors;

	private final Set<String> vendorsOfTheFile = new HashSet<>();

	private final List<Contract> contracts;

	/**
	 * @param systems the organisation's systems by their normal name
	 * @param systemsOfTheFile the normal names the systems sheet gives, which the import adds where they are new
	 * @param vendorsOfTheSystems the normal names of vendors the systems sheet names, which the import adds
	 */
	RegisterParts(RegisterLabels labels, Locale locale, Map<String, InformationSystem> systems,
			Set<String> systemsOfTheFile, Map<String, Vendor> vendors, Set<String> vendorsOfTheSystems,
			List<Contract> contracts) {
		this.labels = labels;
		this.locale = locale;
		this.systems = systems;
		this.systemsOfTheFile = systemsOfTheFile;
		this.vendors = vendors;
		this.vendorsOfTheFile.addAll(vendorsOfTheSystems);
		this.contracts = contracts;
	}

	/** The rows of the sheets the file has, vendors first, as the commit writes them. */
	List<Part> read(RawWorkbook workbook) {
		Map<RegisterSheet, Map.Entry<String, RawSheet>> sheets = new EnumMap<>(RegisterSheet.class);
		workbook.others().forEach((name, sheet) -> labels.registerSheet(name)
			.ifPresent(kind -> sheets.putIfAbsent(kind, Map.entry(name, sheet))));
		var parts = new ArrayList<Part>();
		for (var kind : RegisterSheet.values()) {
			var found = sheets.get(kind);
			if (found == null) {
				continue;
			}
			var columns = columns(kind, found.getKey(), found.getValue());
			var seen = new HashMap<String, Integer>();
			for (var raw : found.getValue().rows()) {
				var row = new Row(raw, columns);
				var part = switch (kind) {
					case VENDORS -> vendor(row);
					case INTEGRATIONS -> integration(row);
					case COSTS -> cost(row);
					case CONTRACTS -> contract(row);
				};
				Integer first = seen.putIfAbsent(part.key(), raw.number());
				if (first != null) {
					row.problem("", "exchange.system.problem.rowTwice", first);
				}
				parts.add(new Part(found.getKey(), raw.number(), part.action(), part.subject(), part.basedOnVersion(),
						part.write(), List.copyOf(row.problems)));
			}
		}
		return parts;
	}

	private Map<Column, Integer> columns(RegisterSheet kind, String name, RawSheet sheet) {
		var columns = new EnumMap<Column, Integer>(Column.class);
		sheet.headings().forEach((index, heading) -> labels.column(kind, heading).ifPresent(column -> {
			if (columns.putIfAbsent(column, index) != null) {
				throw new ImportRejected("exchange.rejected.duplicateLineColumn", name, heading);
			}
		}));
		var key = kind.columns.getFirst();
		if (!columns.containsKey(key)) {
			throw new ImportRejected("exchange.system.rejected.noSheetKey", name, labels.heading(key, locale));
		}
		return columns;
	}

	/** What a row asks for: the key that makes two rows the same, the action, what it is about, the write. */
	private record Read(String key, ImportAction action, String subject, long basedOnVersion, Part.Write write) {
	}

	private Read vendor(Row row) {
		String name = row.required(Column.VENDOR_NAME);
		var definition = new VendorDefinition(name, row.text(Column.BUSINESS_ID), row.text(Column.CONTACT));
		var existing = vendors.get(normal(name));
		vendorsOfTheFile.add(normal(name));
		if (existing == null) {
			return new Read(normal(name), ImportAction.CREATE, name, 0, new Part.VendorWrite(null, definition));
		}
		var now = existing.definition();
		// A column the sheet lacks keeps the vendor's value.
		definition = new VendorDefinition(name, row.has(Column.BUSINESS_ID) ? definition.businessId() : now.businessId(),
				row.has(Column.CONTACT) ? definition.contact() : now.contact());
		return new Read(normal(name), definition.equals(now) ? ImportAction.UNCHANGED : ImportAction.UPDATE, name,
				existing.getVersion(), new Part.VendorWrite(existing.getId(), definition));
	}

	private Read integration(Row row) {
		String system = row.system(Column.SYSTEM);
		String target = row.system(Column.TARGET);
		Direction direction = row.choice(Column.DIRECTION, Direction.class);
		String method = row.text(Column.METHOD);
		if (!system.isEmpty() && normal(system).equals(normal(target))) {
			row.problem(labels.heading(Column.TARGET, locale), "exchange.system.problem.integratesWithItself");
		}
		var write = new Part.IntegrationWrite(system, target, direction == null ? Direction.BOTH_WAYS : direction,
				method);
		String subject = system + " → " + target;
		String key = normal(system) + "\n" + normal(target);
		var source = systems.get(normal(system));
		var targetSystem = systems.get(normal(target));
		if (source == null || targetSystem == null) {
			return new Read(key, ImportAction.CREATE, subject, source == null ? 0 : source.getVersion(), write);
		}
		var existing = source.getIntegrations().stream()
			.filter(i -> i.targetSystemId().equals(targetSystem.getId()))
			.findFirst();
		ImportAction action = existing.isEmpty() ? ImportAction.CREATE
				: existing.get().direction() == write.direction() && existing.get().method().equals(method)
						? ImportAction.UNCHANGED : ImportAction.UPDATE;
		return new Read(key, action, subject, source.getVersion(), write);
	}

	private Read cost(Row row) {
		String system = row.system(Column.SYSTEM);
		Integer year = row.year(Column.YEAR);
		BigDecimal maintenance = row.amount(Column.MAINTENANCE);
		BigDecimal licences = row.amount(Column.LICENCES);
		var write = new Part.CostWrite(system, year == null ? 0 : year, maintenance, licences);
		String subject = system + " " + (year == null ? "" : year);
		var source = systems.get(normal(system));
		if (source == null) {
			return new Read(normal(subject), ImportAction.CREATE, subject, 0, write);
		}
		var existing = source.getCosts().stream().filter(c -> year != null && c.year() == year).findFirst();
		ImportAction action = existing.isEmpty() ? ImportAction.CREATE
				: existing.get().maintenance().compareTo(maintenance) == 0
						&& existing.get().licences().compareTo(licences) == 0 ? ImportAction.UNCHANGED : ImportAction.UPDATE;
		return new Read(normal(subject), action, subject, source.getVersion(), write);
	}

	private Read contract(Row row) {
		String subject = row.required(Column.SUBJECT);
		String vendor = row.vendor(Column.CONTRACT_VENDOR);
		List<String> systemNames = Arrays.stream(row.text(Column.SYSTEMS).split(LIST_SEPARATOR))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.toList();
		systemNames.forEach(name -> row.knownSystem(Column.SYSTEMS, name));
		LocalDate startsOn = row.date(Column.STARTS_ON, true);
		LocalDate endsOn = row.date(Column.ENDS_ON, false);
		BigDecimal value = row.optionalAmount(Column.VALUE);
		Integer noticeMonths = row.wholeNumber(Column.NOTICE_MONTHS);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			row.problem(labels.heading(Column.ENDS_ON, locale), "registers.contract.endsOn.beforeStart");
		}
		var match = match(row, subject, vendor, startsOn);
		var write = new Part.ContractWrite(match == null ? null : match.getId(), subject, vendor,
				row.text(Column.OTHER_PARTIES), systemNames, value, startsOn, endsOn, noticeMonths,
				row.text(Column.OPTIONS), row.text(Column.PROCUREMENT_REFERENCE), row.text(Column.DOCUMENT_LINK));
		String key = match == null ? normal(subject) + "\n" + normal(vendor) + "\n" + startsOn : match.getId().toString();
		if (match == null) {
			return new Read(key, ImportAction.CREATE, subject, 0, write);
		}
		return new Read(key, same(match, write) ? ImportAction.UNCHANGED : ImportAction.UPDATE, subject, match.getVersion(), write);
	}

	/** The contract a row means: the one of its subject; of several, the one of its vendor, then of its start. */
	private @Nullable Contract match(Row row, String subject, String vendor, @Nullable LocalDate startsOn) {
		var candidates = contracts.stream().filter(c -> normal(c.getSubject()).equals(normal(subject))).toList();
		if (candidates.size() > 1) {
			var existingVendor = vendors.get(normal(vendor));
			candidates = candidates.stream()
				.filter(c -> existingVendor != null && c.getVendorId().equals(existingVendor.getId()))
				.toList();
		}
		if (candidates.size() > 1) {
			candidates = candidates.stream().filter(c -> c.getStartsOn().equals(startsOn)).toList();
		}
		if (candidates.size() > 1) {
			row.problem(labels.heading(Column.SUBJECT, locale), "exchange.system.problem.contractAmbiguous");
			return null;
		}
		return candidates.isEmpty() ? null : candidates.getFirst();
	}

	private boolean same(Contract contract, Part.ContractWrite write) {
		var vendor = vendors.get(normal(write.vendor()));
		Set<UUID> systemIds = new HashSet<>();
		for (String name : write.systems()) {
			var system = systems.get(normal(name));
			if (system == null) {
				return false;
			}
			systemIds.add(system.getId());
		}
		return vendor != null && vendor.getId().equals(contract.getVendorId())
				&& contract.getSubject().equals(write.subject())
				&& contract.getOtherParties().equals(write.otherParties())
				&& systemIds.equals(new HashSet<>(contract.getSystemIds()))
				&& sameAmount(contract.getValue(), write.value()) && contract.getStartsOn().equals(write.startsOn())
				&& Objects.equals(contract.getEndsOn(), write.endsOn())
				&& Objects.equals(contract.getNoticeMonths(), write.noticeMonths())
				&& contract.getOptions().equals(write.options())
				&& contract.getProcurementReference().equals(write.procurementReference())
				&& contract.getDocumentLink().equals(write.documentLink());
	}

	private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static String normal(String name) {
		return SpreadsheetText.normal(name);
	}

	/** One row's cells, each read with its problems reported in its column. */
	private final class Row {

		final List<RowProblem> problems = new ArrayList<>();

		private final RawSheet.Row raw;

		private final Map<Column, Integer> columns;

		Row(RawSheet.Row raw, Map<Column, Integer> columns) {
			this.raw = raw;
			this.columns = columns;
		}

		boolean has(Column column) {
			return columns.containsKey(column);
		}

		String text(Column column) {
			Integer index = columns.get(column);
			return index == null ? "" : SpreadsheetText.restore(raw.cell(index).strip());
		}

		void problem(String column, String key, Object... arguments) {
			problems.add(new RowProblem(raw.number(), column, labels.message(key, locale, arguments)));
		}

		private Consumer<String> problem(Column column) {
			return key -> problem(labels.heading(column, locale), key, text(column));
		}

		String required(Column column) {
			String text = text(column);
			if (text.isEmpty()) {
				problem(labels.heading(column, locale), "exchange.system.problem.missing");
			}
			return text;
		}

		/** A system's name: one the register has or one the file's systems sheet adds. */
		String system(Column column) {
			String name = required(column);
			if (!name.isEmpty()) {
				knownSystem(column, name);
			}
			return name;
		}

		void knownSystem(Column column, String name) {
			if (!systems.containsKey(normal(name)) && !systemsOfTheFile.contains(normal(name))) {
				problem(labels.heading(column, locale), "exchange.problem.unknownName", name);
			}
		}

		/** A vendor's name: one the register has or one the file adds on its vendors or systems sheet. */
		String vendor(Column column) {
			String name = required(column);
			if (!name.isEmpty() && !vendors.containsKey(normal(name)) && !vendorsOfTheFile.contains(normal(name))) {
				problem(labels.heading(column, locale), "exchange.problem.unknownName", name);
			}
			return name;
		}

		<E extends Enum<E>> @Nullable E choice(Column column, Class<E> type) {
			return labels.choice(type, text(column), true, problem(column));
		}

		@Nullable Integer year(Column column) {
			String text = text(column);
			try {
				int year = Integer.parseInt(text);
				if (year >= 1990 && year <= 2100) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(column).accept("exchange.problem.notAYear");
			return null;
		}

		/** An amount of euros, zero when empty; "10 000,50" and "10000.5" are the same. */
		BigDecimal amount(Column column) {
			var amount = optionalAmount(column);
			return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
		}

		@Nullable BigDecimal optionalAmount(Column column) {
			String text = text(column).replaceAll("[\\s\u00a0\u202f€]", "");
			if (text.isEmpty()) {
				return null;
			}
			text = text.contains(".") ? text.replace(",", "") : text.replace(',', '.');
			try {
				var amount = new BigDecimal(text);
				if (amount.signum() < 0) {
					problem(column).accept("exchange.system.problem.negative");
					return null;
				}
				return amount.setScale(2, RoundingMode.HALF_UP);
			}
			catch (NumberFormatException ex) {
				problem(column).accept("exchange.problem.notANumber");
				return null;
			}
		}

		@Nullable Integer wholeNumber(Column column) {
			Integer value = SystemRowParser.wholeNumber(text(column), problem(column), null);
			if (value != null && value < 0) {
				problem(column).accept("exchange.system.problem.negative");
				return null;
			}
			return value;
		}

		@Nullable LocalDate date(Column column, boolean required) {
			String text = text(column);
			if (text.isEmpty() && required) {
				problem(labels.heading(column, locale), "exchange.system.problem.missing");
				return null;
			}
			return SystemRowParser.date(text, problem(column), null);
		}

	}

}
