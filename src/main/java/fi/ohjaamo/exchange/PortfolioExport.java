package fi.ohjaamo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.exchange.OrganisationNames.Names;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.ListedCard;
import fi.ohjaamo.portfolio.PortfolioCards;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.Projects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio view as a spreadsheet: every card field, one row per project, the costs per year as columns. The
 * workbook is streamed (SXSSF keeps only a window of rows in memory), so the size of the portfolio does not
 * matter. An export is a disclosure and goes to the audit log.
 */
@Service
public class PortfolioExport {

	private static final int ROWS_IN_MEMORY = 200;

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final PortfolioCards cards;

	private final Projects projects;

	private final ExchangeLabels labels;

	private final OrganisationNames organisationNames;

	PortfolioExport(PortfolioCards cards, Projects projects, ExchangeLabels labels,
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
		try {
			var headings = new ArrayList<String>();
			years.forEach(y -> headings.add(labels.message("exchange.column.oneOffIn", locale, String.valueOf(y))));
			years.forEach(y -> headings.add(labels.message("exchange.column.recurringIn", locale, String.valueOf(y))));
			Sheet sheet = WorkbookLayout.projectsSheet(workbook, labels, locale, headings);
			var styles = new Styles(workbook);
			int[] count = { 0 };
			cards.forEach(user.organisationId(), filter, years, listed -> {
				writeRow(sheet.createRow(++count[0]), listed, names, locale, years, styles);
			});
			WorkbookLayout.addChoiceLists(workbook, sheet, labels, locale);
			workbook.write(out);
			projects.exported(user.organisationId(), "xlsx", "portfolio", count[0]);
			return count[0];
		}
		finally {
			workbook.close();
		}
	}

	private void writeRow(Row row, ListedCard listed, Names names, Locale locale, List<Integer> years, Styles styles) {
		var card = listed.card();
		var cells = new RowWriter(row, styles.text);
		for (var column : ExchangeColumn.values()) {
			switch (column) {
				case ID -> cells.text(listed.id().toString());
				case REVISION -> cells.number(BigDecimal.valueOf(listed.revision()), styles.integer);
				case NUMBER -> cells.text(card.number());
				case TITLE -> cells.text(card.title());
				case CATEGORY -> cells.label(card.category(), labels, locale);
				case SERVICE_AREA -> cells.text(names.unitName(card.serviceAreaId()));
				case UNIT -> cells.text(names.unitName(card.unitId()));
				case OBLIGATION -> cells.label(card.obligation(), labels, locale);
				case KIND -> cells.label(card.kind(), labels, locale);
				case STATUS -> cells.label(card.status(), labels, locale);
				case VISIBILITY -> cells.label(card.visibility(), labels, locale);
				case PROJECT_MANAGER -> cells.text(names.people().name(card.projectManagerId()));
				case DESCRIPTION -> cells.text(card.description());
				case IMPACT_SUMMARY -> cells.text(card.impactSummary());
				case IMPACT_ORGANISATION_STATE -> cells.label(card.impactOrganisation().state(), labels, locale);
				case IMPACT_ORGANISATION_TEXT -> cells.text(card.impactOrganisation().text());
				case IMPACT_SECURITY_STATE -> cells.label(card.impactSecurity().state(), labels, locale);
				case IMPACT_SECURITY_TEXT -> cells.text(card.impactSecurity().text());
				case IMPACT_DATA_STATE -> cells.label(card.impactData().state(), labels, locale);
				case IMPACT_DATA_TEXT -> cells.text(card.impactData().text());
				case IMPACT_CASE_STATE -> cells.label(card.impactCaseManagement().state(), labels, locale);
				case IMPACT_CASE_TEXT -> cells.text(card.impactCaseManagement().text());
				case GOALS -> cells.text(RowParser.goalNames(card.goalIds(), names));
				case NO_STRATEGIC_GOAL -> cells.label(
						card.noStrategicGoal() ? ExchangeColumn.YesNo.YES : ExchangeColumn.YesNo.NO, labels, locale);
				case SCHEDULE_START -> cells.text(card.scheduleStart());
				case SCHEDULE_END -> cells.text(card.scheduleEnd());
				case SCHEDULE_NOTE -> cells.text(card.scheduleNote());
				case LIKELIHOOD -> cells.label(card.likelihood(), labels, locale);
				case LIKELIHOOD_NOTE -> cells.text(card.likelihoodNote());
				case PRIORITY -> cells.label(card.priority(), labels, locale);
				case SCHEDULE_OWNER -> cells.label(card.scheduleOwner(), labels, locale);
				case WORKSITE -> cells.text(names.worksites().name(card.worksiteId()));
				case COST_NOTE -> cells.text(card.costNote());
				case RESOURCE_NOTE -> cells.text(card.resourceNote());
				case UPDATED -> cells.date(listed.updatedAt().atZone(FINLAND).toLocalDate(), styles.date);
			}
		}
		years.forEach(y -> cells.number(listed.oneOff().get(y), styles.money));
		years.forEach(y -> cells.number(listed.recurring().get(y), styles.money));
	}

	private static final class Styles {

		final CellStyle text;

		final CellStyle integer;

		final CellStyle money;

		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			var format = workbook.createDataFormat();
			text = workbook.createCellStyle();
			text.setDataFormat(format.getFormat("@"));
			integer = workbook.createCellStyle();
			integer.setDataFormat(format.getFormat("0"));
			money = workbook.createCellStyle();
			money.setDataFormat(format.getFormat("#,##0.00"));
			date = workbook.createCellStyle();
			date.setDataFormat(format.getFormat("yyyy-mm-dd"));
		}

	}

}
