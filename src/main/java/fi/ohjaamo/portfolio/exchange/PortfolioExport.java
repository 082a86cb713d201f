package fi.ohjaamo.portfolio.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.ohjaamo.exchange.RowWriter;
import fi.ohjaamo.exchange.WorkbookLayout;
import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ListedCard.YearCost;
import fi.ohjaamo.portfolio.ListedCard;
import fi.ohjaamo.portfolio.PortfolioCards;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.exchange.OrganisationNames.Names;
import fi.ohjaamo.shared.web.Formats;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio view as a spreadsheet: every card field, one row per project, the costs per year as columns, and
 * each cost and resource line on a row of its own sheet. The cards arrive a page at a time and the workbook is
 * streamed (SXSSF keeps only a small window of rows per sheet in memory, the rest goes to temporary files), so the
 * size of the portfolio does not change the memory it takes. An export is a disclosure and goes to the audit log.
 */
@Service
public class PortfolioExport {

	/** Rows of each sheet kept in memory; a row is never revisited once written, so a small window is enough. */
	private static final int ROWS_IN_MEMORY = 50;

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final PortfolioCards cards;

	private final Projects projects;

	private final CardLabels labels;

	private final OrganisationNames organisationNames;

	PortfolioExport(PortfolioCards cards, Projects projects, CardLabels labels,
			OrganisationNames organisationNames) {
		this.cards = cards;
		this.projects = projects;
		this.labels = labels;
		this.organisationNames = organisationNames;
	}

	/** Writes the view to the stream and logs the disclosure; returns how many projects it held. */
	@Transactional
	public int write(CurrentUser user, PortfolioFilter filter, Locale locale, OutputStream out) throws IOException {
		var years = cards.costYears(user.organisationId(), filter);
		var names = organisationNames.of(user.organisationId());
		var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		// Zip64 data descriptors, the streaming default, are what the import's guard (and older zip readers) cannot
		// read, so an export could not be imported back unless it had been saved again in Excel; no sheet nears 4 GB.
		workbook.setZip64Mode(Zip64Mode.Never);
		try {
			var headings = new ArrayList<String>();
			for (String kind : List.of("oneOff", "recurring")) {
				years.forEach(y -> {
					headings.add(labels.message("exchange.column." + kind + "MinIn", locale, String.valueOf(y)));
					headings.add(labels.message("exchange.column." + kind + "MaxIn", locale, String.valueOf(y)));
				});
			}
			var headingStyle = WorkbookLayout.headingStyle(workbook);
			var sheets = new Sheets(ProjectLayout.projectsSheet(workbook, headingStyle, labels, locale, headings),
					ProjectLayout.lineSheet(workbook, headingStyle, labels, locale, LineSheet.COSTS),
					ProjectLayout.lineSheet(workbook, headingStyle, labels, locale, LineSheet.RESOURCES));
			var styles = new Styles(workbook, locale);
			var labelCache = new Labels(labels, locale);
			cards.forEach(user.organisationId(), filter, years, listed -> {
				writeProject(sheets.nextProjectRow(), listed, names, labelCache, years, styles);
				listed.card().costs().forEach(line -> writeCost(sheets.nextCostRow(), listed, line, labelCache, styles));
				listed.card()
					.resources()
					.forEach(line -> writeResource(sheets.nextResourceRow(), listed, line, labelCache, styles));
			});
			ProjectLayout.addChoiceLists(workbook, labels, locale,
					List.of(ProjectLayout.projectChoices(sheets.projects),
							ProjectLayout.lineChoices(sheets.costs, LineSheet.COSTS),
							ProjectLayout.lineChoices(sheets.resources, LineSheet.RESOURCES)));
			workbook.write(out);
			projects.exported(user.organisationId(), "xlsx", "portfolio", sheets.projectRows);
			return sheets.projectRows;
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	private void writeProject(RowWriter cells, ListedCard listed, Names names, Labels labels, List<Integer> years,
			Styles styles) {
		var card = listed.card();
		for (var column : ExchangeColumn.values()) {
			switch (column) {
				case ID -> cells.text(listed.id().toString());
				case REVISION -> cells.number(BigDecimal.valueOf(listed.revision()), styles.integer);
				case NUMBER -> cells.text(card.number());
				case TITLE -> cells.text(card.title());
				case CATEGORY -> cells.text(labels.of(card.category()));
				case SERVICE_AREA -> cells.text(names.unitName(card.serviceAreaId()));
				case UNIT -> cells.text(names.unitName(card.unitId()));
				case OBLIGATION -> cells.text(labels.of(card.obligation()));
				case KIND -> cells.text(labels.of(card.kind()));
				case STATUS -> cells.text(labels.of(card.status()));
				case VISIBILITY -> cells.text(labels.of(card.visibility()));
				case PROJECT_MANAGER -> cells.text(names.people().name(card.projectManagerId()));
				case DESCRIPTION -> cells.text(card.description());
				case IMPACT_SUMMARY -> cells.text(card.impactSummary());
				case IMPACT_ORGANISATION_STATE -> cells.text(labels.of(card.impactOrganisation().state()));
				case IMPACT_ORGANISATION_TEXT -> cells.text(card.impactOrganisation().text());
				case IMPACT_SECURITY_STATE -> cells.text(labels.of(card.impactSecurity().state()));
				case IMPACT_SECURITY_TEXT -> cells.text(card.impactSecurity().text());
				case IMPACT_DATA_STATE -> cells.text(labels.of(card.impactData().state()));
				case IMPACT_DATA_TEXT -> cells.text(card.impactData().text());
				case IMPACT_CASE_STATE -> cells.text(labels.of(card.impactCaseManagement().state()));
				case IMPACT_CASE_TEXT -> cells.text(card.impactCaseManagement().text());
				case GOALS -> cells.text(RowParser.goalNames(card.goalIds(), names));
				case NO_STRATEGIC_GOAL -> cells
					.text(labels.of(card.noStrategicGoal() ? YesNo.YES : YesNo.NO));
				case SCHEDULE_START -> cells.text(card.scheduleStart());
				case SCHEDULE_END -> cells.text(card.scheduleEnd());
				case SCHEDULE_NOTE -> cells.text(card.scheduleNote());
				case LIKELIHOOD -> cells.text(labels.of(card.likelihood()));
				case LIKELIHOOD_NOTE -> cells.text(card.likelihoodNote());
				case PRIORITY -> cells.text(labels.of(card.priority()));
				case SCHEDULE_OWNER -> cells.text(labels.of(card.scheduleOwner()));
				case WORKSITE -> cells.text(names.worksites().name(card.worksiteId()));
				case COST_NOTE -> cells.text(card.costNote());
				case RESOURCE_NOTE -> cells.text(card.resourceNote());
				case UPDATED -> cells.date(listed.updatedAt().atZone(FINLAND).toLocalDate(), styles.date);
			}
		}
		years.forEach(y -> yearCost(cells, listed.oneOff().get(y), labels, styles));
		years.forEach(y -> yearCost(cells, listed.recurring().get(y), labels, styles));
	}

	/**
	 * A year's costs as two cells, the lower and the upper end. An end that an unknown amount leaves open says so in
	 * words: a blank would read as zero. With known lines beside the unknown one, the lower end is what is known.
	 * A year without cost lines stays blank.
	 */
	private static void yearCost(RowWriter cells, @Nullable YearCost cost, Labels labels, Styles styles) {
		if (cost == null) {
			cells.number(null, styles.money);
			cells.number(null, styles.money);
			return;
		}
		if (cost.known()) {
			cells.number(cost.min(), styles.money);
		}
		else {
			cells.text(labels.unknownAmount());
		}
		if (cost.unknown()) {
			cells.text(labels.unknownAmount());
		}
		else {
			cells.number(cost.max(), styles.money);
		}
	}

	private static void writeCost(RowWriter cells, ListedCard listed, CostLine line, Labels labels, Styles styles) {
		for (var column : LineSheet.COSTS.columns) {
			switch (column) {
				case COST_KIND -> cells.text(labels.of(line.kind()));
				case FROM_YEAR -> cells.number(year(line.fromYear()), styles.integer);
				case TO_YEAR -> cells.number(year(line.toYear()), styles.integer);
				case AMOUNT_UNKNOWN -> cells.text(line.amountUnknown() ? labels.of(YesNo.YES) : "");
				case VAT -> cells.text(labels.of(line.vat()));
				default -> lineCell(cells, listed, column, line.amountMin(), line.amountMax(), line.note(), styles);
			}
		}
	}

	private static void writeResource(RowWriter cells, ListedCard listed, ResourceLine line, Labels labels,
			Styles styles) {
		for (var column : LineSheet.RESOURCES.columns) {
			switch (column) {
				case PARTY -> cells.text(labels.of(line.party()));
				case EFFORT_UNIT -> cells.text(labels.of(line.effortUnit()));
				default -> lineCell(cells, listed, column, line.amountMin(), line.amountMax(), line.note(), styles);
			}
		}
	}

	/** The cells both kinds of line have: the project's key and name, the amount or range, the note. */
	private static void lineCell(RowWriter cells, ListedCard listed, LineColumn column, @Nullable BigDecimal min,
			@Nullable BigDecimal max, String note, Styles styles) {
		switch (column) {
			case PROJECT_ID -> cells.text(listed.id().toString());
			case PROJECT_NUMBER -> cells.text(listed.card().number());
			case PROJECT_TITLE -> cells.text(listed.card().title());
			case AMOUNT -> cells.number(min, styles.money);
			case AMOUNT_MAX -> cells.number(max, styles.money);
			case NOTE -> cells.text(note);
			default -> throw new IllegalArgumentException("not a shared line column: " + column);
		}
	}

	private static @Nullable BigDecimal year(@Nullable Integer year) {
		return year == null ? null : BigDecimal.valueOf(year);
	}

	/** The three sheets written side by side, each with its next free row. */
	private static final class Sheets {

		final Sheet projects;

		final Sheet costs;

		final Sheet resources;

		int projectRows;

		int costRows;

		int resourceRows;

		private final CellStyle textStyle;

		Sheets(Sheet projects, Sheet costs, Sheet resources) {
			this.projects = projects;
			this.costs = costs;
			this.resources = resources;
			this.textStyle = Styles.textOf(projects.getWorkbook());
		}

		RowWriter nextProjectRow() {
			return new RowWriter(projects.createRow(++projectRows), textStyle);
		}

		RowWriter nextCostRow() {
			return new RowWriter(costs.createRow(++costRows), textStyle);
		}

		RowWriter nextResourceRow() {
			return new RowWriter(resources.createRow(++resourceRows), textStyle);
		}

	}

	/** Each label looked up once per export, not once per cell: a message lookup costs more than the cell. */
	private static final class Labels {

		private final CardLabels labels;

		private final Locale locale;

		private final Map<Enum<?>, String> known = new HashMap<>();

		private final String unknownAmount;

		Labels(CardLabels labels, Locale locale) {
			this.labels = labels;
			this.locale = locale;
			this.unknownAmount = labels.message("exchange.column.unknownAmount", locale);
		}

		String unknownAmount() {
			return unknownAmount;
		}

		String of(@Nullable Enum<?> value) {
			return value == null ? "" : known.computeIfAbsent(value, v -> labels.label(v, locale));
		}

	}

	/** One style per kind of cell for the whole workbook: a style per cell would make Excel refuse the file. */
	private static final class Styles {

		final CellStyle integer;

		final CellStyle money;

		final CellStyle date;

		Styles(Workbook workbook, Locale locale) {
			var format = workbook.createDataFormat();
			integer = workbook.createCellStyle();
			integer.setDataFormat(format.getFormat("0"));
			money = workbook.createCellStyle();
			money.setDataFormat(format.getFormat("#,##0.00"));
			date = workbook.createCellStyle();
			date.setDataFormat(format.getFormat(Formats.spreadsheetDay(locale)));
		}

		static CellStyle textOf(Workbook workbook) {
			var text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			return text;
		}

	}

}
