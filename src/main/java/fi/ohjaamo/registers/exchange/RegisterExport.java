package fi.ohjaamo.registers.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.exchange.WorkbookLayout;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Contract;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.Vendors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as a spreadsheet: the given systems with every field and their latest assessment, their integrations
 * and yearly costs, and the organisation's vendors and contracts with the notice deadline; the import reads every
 * sheet back. The caller chooses the systems, so a filtered list exports as it is shown. An export is a
 * disclosure and goes to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class RegisterExport {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final Organisations organisations;

	private final RegisterLabels labels;

	private final ApplicationEventPublisher events;

	RegisterExport(InformationSystems systems, Vendors vendors, Contracts contracts, Organisations organisations,
			RegisterLabels labels, ApplicationEventPublisher events) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.organisations = organisations;
		this.labels = labels;
		this.events = events;
	}

	/** Writes the systems (all of the person's organisation) with the register's other sheets; returns how many. */
	@Transactional
	public int write(CurrentUser user, List<InformationSystem> chosen, Locale locale, OutputStream out)
			throws IOException {
		UUID org = user.organisationId();
		var mine = chosen.stream().filter(s -> s.getOrganisationId().equals(org)).toList();
		var units = organisations.unitsOf(org);
		var allVendors = vendors.of(org);
		Map<UUID, String> vendorNames = allVendors.stream().collect(Collectors.toMap(Vendor::getId, Vendor::getName));
		Map<UUID, String> people = organisations.peopleOf(org).stream()
			.collect(Collectors.toMap(p -> p.id(), p -> p.displayName()));
		Map<UUID, String> systemNames = systems.of(org).stream()
			.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName));
		try (var workbook = new XSSFWorkbook()) {
			var headingStyle = WorkbookLayout.headingStyle(workbook);
			var cells = new SystemCells(workbook, labels, locale);
			var sheet = RegisterLayout.systemsSheet(workbook, headingStyle, labels, locale,
					headings(locale, "registers.system.supportEnds", "exchange.system.column.assessed-on",
							"registers.assessment.verdict", "registers.assessment.businessFit",
							"registers.assessment.technicalCondition", "registers.assessment.note"));
			int r = 0;
			for (var system : mine) {
				var row = cells.row(sheet.createRow(++r));
				cells.write(row, system.definition(), vendorNames.getOrDefault(system.getVendorId(), ""), units, people);
				row.date(system.supportEnds(), cells.date);
				var latest = system.latestAssessment();
				row.date(latest.map(a -> a.assessedOn()).orElse(null), cells.date);
				row.text(latest.map(a -> cells.label(a.verdict())).orElse(""));
				row.number(latest.map(a -> BigDecimal.valueOf(a.businessFit())).orElse(null), cells.integer);
				row.number(latest.map(a -> BigDecimal.valueOf(a.technicalCondition())).orElse(null), cells.integer);
				row.text(latest.map(a -> a.note()).orElse(""));
			}
			integrations(workbook, mine, systemNames, cells, headingStyle, locale);
			costs(mine, cells, sheet(workbook, RegisterSheet.COSTS, headingStyle, locale));
			vendorSheet(workbook, allVendors, headingStyle, cells, locale);
			contractSheet(workbook, contracts.of(org), vendorNames, systemNames, headingStyle, cells, locale);
			WorkbookLayout.addChoiceLists(workbook, value -> labels.label(value, locale), List.of(RegisterLayout.systemChoices(sheet)));
			workbook.write(out);
		}
		events.publishEvent(new RegisterExchangeEvents.RegisterExported(org, mine.size()));
		return mine.size();
	}

	private void integrations(XSSFWorkbook workbook, List<InformationSystem> chosen, Map<UUID, String> systemNames,
			SystemCells cells, CellStyle headingStyle, Locale locale) {
		var sheet = sheet(workbook, RegisterSheet.INTEGRATIONS, headingStyle, locale);
		int r = 0;
		for (var system : chosen) {
			for (var integration : system.getIntegrations()) {
				var row = cells.row(sheet.createRow(++r));
				row.text(system.getName());
				row.text(systemNames.getOrDefault(integration.targetSystemId(), ""));
				row.text(cells.label(integration.direction()));
				row.text(integration.method());
			}
		}
	}

	private static void costs(List<InformationSystem> chosen, SystemCells cells, Sheet sheet) {
		int r = 0;
		for (var system : chosen) {
			for (var cost : system.getCosts()) {
				var row = cells.row(sheet.createRow(++r));
				row.text(system.getName());
				row.number(BigDecimal.valueOf(cost.year()), cells.integer);
				row.number(cost.maintenance(), cells.money);
				row.number(cost.licences(), cells.money);
				row.number(cost.total(), cells.money);
			}
		}
	}

	private void vendorSheet(XSSFWorkbook workbook, List<Vendor> all, CellStyle headingStyle, SystemCells cells,
			Locale locale) {
		var sheet = sheet(workbook, RegisterSheet.VENDORS, headingStyle, locale);
		int r = 0;
		for (var vendor : all) {
			var row = cells.row(sheet.createRow(++r));
			row.text(vendor.getName());
			row.text(vendor.getBusinessId());
			row.text(vendor.getContact());
		}
	}

	private void contractSheet(XSSFWorkbook workbook, List<Contract> all, Map<UUID, String> vendorNames,
			Map<UUID, String> systemNames, CellStyle headingStyle, SystemCells cells, Locale locale) {
		var sheet = sheet(workbook, RegisterSheet.CONTRACTS, headingStyle, locale);
		int r = 0;
		for (var contract : all) {
			var row = cells.row(sheet.createRow(++r));
			row.text(contract.getSubject());
			row.text(vendorNames.getOrDefault(contract.getVendorId(), ""));
			row.text(contract.getOtherParties());
			row.text(contract.getSystemIds().stream().map(id -> systemNames.getOrDefault(id, "")).sorted()
				.collect(Collectors.joining("; ")));
			row.number(contract.getValue(), cells.money);
			row.date(contract.getStartsOn(), cells.date);
			row.date(contract.getEndsOn(), cells.date);
			row.number(contract.getNoticeMonths() == null ? null : BigDecimal.valueOf(contract.getNoticeMonths()),
					cells.integer);
			row.date(contract.noticeDeadline(), cells.date);
			row.text(contract.getOptions());
			row.text(contract.getProcurementReference());
			row.text(contract.getDocumentLink());
		}
	}

	/** One of the sheets beside the systems, with the headings and widths the import reads it by. */
	private Sheet sheet(XSSFWorkbook workbook, RegisterSheet kind, CellStyle headingStyle, Locale locale) {
		return WorkbookLayout.sheet(workbook, labels.sheetName(kind, locale), headingStyle,
				kind.columns.stream().map(c -> labels.heading(c, locale)).toList(),
				kind.columns.stream().map(c -> c.width).toList());
	}

	private List<String> headings(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> labels.message(key, locale)).toList();
	}

}
