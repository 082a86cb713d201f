package fi.ohjaamo.registers.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.exchange.ExchangeProperties;
import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SheetReader;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.RegisterChangedMeanwhileException;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.VendorNameTakenException;
import fi.ohjaamo.registers.Vendors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Imports an application list, or the register's whole export, into the register in two steps: a preview that writes
 * nothing, then a commit that checks every row again and writes all of them in one transaction, or none when any row
 * fails or a record changed meanwhile. A row names its system: a name the register has updates that system, any
 * other adds one; the export's other sheets (vendors, integrations, costs, contracts) are read back the same way.
 * Names of units, vendors and systems are matched only within the person's organisation.
 */
@Service
@Transactional(readOnly = true)
public class SystemImport {

	private final SheetReader reader;

	private final RegisterLabels labels;

	private final MessageSource messages;

	private final Organisations organisations;

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final RegisterPartWrites parts;

	private final ApplicationEventPublisher events;

	SystemImport(ExchangeProperties limits, RegisterLabels labels, MessageSource messages, Organisations organisations,
			InformationSystems systems, Vendors vendors, Contracts contracts, ApplicationEventPublisher events) {
		this.reader = new SheetReader(limits);
		this.labels = labels;
		this.messages = messages;
		this.organisations = organisations;
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.parts = new RegisterPartWrites(systems, vendors, contracts);
		this.events = events;
	}

	/** @throws ImportRejected when the file as a whole cannot be read */
	public SystemImportPreview preview(CurrentUser user, byte[] file, Locale locale) {
		// The first sheet is the list of systems; the export's other sheets are read back by their names.
		return preview(user, reader.read(file, name -> labels.registerSheet(name).isPresent()), locale);
	}

	/**
	 * Writes every row of the preview, checked again now: the vendors sheet first, then the systems with the vendors
	 * they name that the register lacks, then the integrations, costs and contracts, which may name what the same
	 * file added.
	 * @throws ImportRejected when a row fails now or a record changed after the preview; nothing is written then
	 */
	@Transactional
	public SystemImportPreview commit(CurrentUser user, SystemImportPreview seen, Locale locale) {
		var now = preview(user, seen.workbook(), locale);
		if (!now.committable()) {
			throw new ImportRejected("exchange.rejected.problemsNow");
		}
		for (int i = 0; i < now.rows().size(); i++) {
			var row = now.rows().get(i);
			var before = seen.rows().get(i);
			if (row.action() != before.action() || row.basedOnVersion() != before.basedOnVersion()) {
				throw new ImportRejected("exchange.system.rejected.stale", row.number());
			}
		}
		for (int i = 0; i < now.parts().size(); i++) {
			var part = now.parts().get(i);
			var before = seen.parts().get(i);
			if (part.action() != before.action() || part.basedOnVersion() != before.basedOnVersion()) {
				throw new ImportRejected("exchange.system.rejected.staleSheet", part.sheet(), part.number());
			}
		}
		UUID org = user.organisationId();
		Map<String, UUID> newVendors = new HashMap<>();
		try {
			parts.writeVendors(user, now.parts(), newVendors);
			for (var row : now.rows()) {
				var definition = row.definition();
				if (row.newVendor() != null) {
					String vendor = row.newVendor();
					definition = SystemDraft.withVendor(definition, newVendors.computeIfAbsent(
							SpreadsheetText.normal(vendor), n -> vendors.add(user, VendorDefinition.named(vendor)).getId()));
				}
				switch (row.action()) {
					case CREATE -> systems.add(user, definition);
					case UPDATE -> systems.redefine(user,
							Objects.requireNonNull(row.systemId(), "an update names its system"), definition,
							row.basedOnVersion());
					case UNCHANGED -> {
					}
				}
			}
			parts.writeTheRest(user, now.parts());
		}
		catch (RegisterChangedMeanwhileException | VendorNameTakenException ex) {
			throw new ImportRejected("exchange.system.rejected.stale", "");
		}
		events.publishEvent(new RegisterExchangeEvents.SystemsImported(org, (int) now.count(ImportAction.CREATE),
				(int) now.count(ImportAction.UPDATE), newVendors.size()));
		return now;
	}

	private SystemImportPreview preview(CurrentUser user, RawWorkbook workbook, Locale locale) {
		UUID org = user.organisationId();
		var found = HeadingRow.of(workbook.first(), cells -> cells.values().stream()
			.anyMatch(heading -> labels.systemColumn(heading).filter(c -> c == SystemColumn.NAME).isPresent()));
		var sheet = found.sheet();
		var columns = columns(sheet);
		int nameColumn = Objects.requireNonNull(columns.get(SystemColumn.NAME), "a sheet without names is rejected");
		Map<String, InformationSystem> existing = systems.of(org).stream()
			.collect(Collectors.toMap(s -> SpreadsheetText.normal(s.getName()), Function.identity(), (a, b) -> a));
		Map<String, UUID> vendorIds = vendors.of(org).stream()
			.collect(Collectors.toMap(v -> SpreadsheetText.normal(v.getName()), Vendor::getId, (a, b) -> a));
		Map<String, List<UUID>> peopleByName = organisations.peopleOf(org).stream()
			.collect(Collectors.groupingBy(p -> SpreadsheetText.normal(p.displayName()),
					Collectors.mapping(p -> p.id(), Collectors.toList())));
		var parser = new SystemRowParser(labels, organisations.unitsOf(org), vendorIds, peopleByName, locale);
		Map<String, Integer> firstRowOfName = new HashMap<>();
		var rows = new ArrayList<SystemImportPreview.Row>();
		for (var raw : sheet.rows()) {
			var problems = new ArrayList<RowProblem>();
			String name = SpreadsheetText.restore(raw.cell(nameColumn).strip());
			var system = existing.get(SpreadsheetText.normal(name));
			var base = system == null ? SystemDefinition.named(name) : system.definition();
			var parsed = parser.parse(raw, columns, base, problems);
			if (name.isEmpty()) {
				problems.add(problem(raw, "exchange.system.problem.missingName", locale));
			}
			else {
				Integer first = firstRowOfName.putIfAbsent(SpreadsheetText.normal(name), raw.number());
				if (first != null) {
					problems.add(problem(raw, "exchange.system.problem.nameTwice", locale, first));
				}
			}
			var changes = changes(columns, base, parsed, locale);
			ImportAction action = system == null ? ImportAction.CREATE
					: changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
			if (action != ImportAction.UNCHANGED) {
				checkRules(org, system, parsed.definition(), raw, locale, problems);
			}
			rows.add(new SystemImportPreview.Row(raw.number(), action, system == null ? null : system.getId(),
					system == null ? 0 : system.getVersion(), parsed.definition(), parsed.newVendor(),
					action == ImportAction.UPDATE ? changes : List.of(), unknown(parsed, locale), List.copyOf(problems)));
		}
		var systemsOfTheFile = rows.stream().map(r -> SpreadsheetText.normal(r.definition().name()))
			.collect(Collectors.toSet());
		var vendorsOfTheSystems = rows.stream().filter(r -> r.newVendor() != null)
			.map(r -> SpreadsheetText.normal(r.newVendor())).collect(Collectors.toSet());
		var vendorsByName = vendors.of(org).stream()
			.collect(Collectors.toMap(v -> SpreadsheetText.normal(v.getName()), Function.identity(), (a, b) -> a));
		var others = new RegisterParts(labels, locale, existing, systemsOfTheFile, vendorsByName, vendorsOfTheSystems,
				contracts.of(org)).read(workbook);
		return new SystemImportPreview(workbook, found.caption(), List.copyOf(rows), others);
	}

	/**
	 * The questions the row's system leaves unanswered, each by its heading, with the text of a cell that was not
	 * understood: a new system's question with no column in the file is unanswered too.
	 */
	private List<String> unknown(SystemRowParser.Parsed parsed, Locale locale) {
		return Arrays.stream(SystemColumn.values())
			.filter(c -> SystemDraft.unanswered(c, parsed.definition()))
			.map(c -> parsed.unread().containsKey(c)
					? labels.message("exchange.system.preview.unread", locale, labels.heading(c, locale),
							parsed.unread().get(c))
					: labels.heading(c, locale))
			.toList();
	}

	/** The headings of the columns whose value the row changes; a vendor to be created is a change too. */
	private List<String> changes(Map<SystemColumn, Integer> columns, SystemDefinition base,
			SystemRowParser.Parsed parsed, Locale locale) {
		return columns.keySet().stream()
			.filter(c -> c == SystemColumn.VENDOR && parsed.newVendor() != null
					|| !Objects.equals(SystemDraft.value(c, base), SystemDraft.value(c, parsed.definition())))
			.map(c -> labels.heading(c, locale))
			.toList();
	}

	/** The register's own rules, each reported in the column of the field it concerns, once per column. */
	private void checkRules(UUID org, @Nullable InformationSystem system,
			SystemDefinition definition, RawSheet.Row raw, Locale locale, List<RowProblem> problems) {
		var errors = new MapBindingResult(new HashMap<>(), "system");
		systems.check(org, system == null ? null : system.getId(), definition, errors);
		for (var error : errors.getAllErrors()) {
			String field = error instanceof FieldError f ? f.getField() : "";
			String column = Arrays.stream(SystemColumn.values())
				.filter(c -> c.field.equals(field))
				.findFirst()
				.map(c -> labels.heading(c, locale))
				.orElse("");
			boolean alreadyReported = problems.stream().anyMatch(p -> !column.isEmpty() && p.column().equals(column));
			if (!alreadyReported) {
				problems.add(new RowProblem(raw.number(), column, messages.getMessage(error, locale)));
			}
		}
	}

	private RowProblem problem(RawSheet.Row raw, String key, Locale locale, Object... arguments) {
		return new RowProblem(raw.number(), labels.heading(SystemColumn.NAME, locale),
				labels.message(key, locale, arguments));
	}

	/** The columns the file has, found by their headings; a file without system names is not an application list. */
	private Map<SystemColumn, Integer> columns(RawSheet sheet) {
		var columns = new EnumMap<SystemColumn, Integer>(SystemColumn.class);
		sheet.headings().forEach((index, heading) -> labels.systemColumn(heading).ifPresent(column -> {
			if (columns.putIfAbsent(column, index) != null) {
				throw new ImportRejected("exchange.rejected.duplicateColumn", heading);
			}
		}));
		if (!columns.containsKey(SystemColumn.NAME)) {
			throw new ImportRejected("exchange.system.rejected.noColumns");
		}
		if (sheet.rows().isEmpty()) {
			throw new ImportRejected("exchange.rejected.noRows");
		}
		return columns;
	}

}
