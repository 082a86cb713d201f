package fi.ohjaamo.registers.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.exchange.RowWriter;
import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.shared.web.Formats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a system's columns of the systems sheet as the import reads them back: names for ids, labels for values,
 * numbers as numbers and dates as dates. One instance per workbook, so each style and label is made once.
 */
final class SystemCells {

	final CellStyle text;

	final CellStyle integer;

	final CellStyle money;

	final CellStyle date;

	private final RegisterLabels labels;

	private final Locale locale;

	private final Map<Enum<?>, String> known = new HashMap<>();

	SystemCells(Workbook workbook, RegisterLabels labels, Locale locale) {
		this.labels = labels;
		this.locale = locale;
		var format = workbook.createDataFormat();
		text = workbook.createCellStyle();
		text.setDataFormat(format.getFormat("@"));
		integer = workbook.createCellStyle();
		integer.setDataFormat(format.getFormat("0"));
		money = workbook.createCellStyle();
		money.setDataFormat(format.getFormat("#,##0.00"));
		date = workbook.createCellStyle();
		date.setDataFormat(format.getFormat(Formats.spreadsheetDay(locale)));
	}

	RowWriter row(Row row) {
		return new RowWriter(row, text);
	}

	/** The row of one system; {@code people} names the organisation's people, a main user who is one of them. */
	void write(RowWriter cells, SystemDefinition d, String vendorName, UnitTree units, Map<UUID, String> people) {
		for (var column : SystemColumn.values()) {
			switch (column) {
				case PURPOSE -> cells.text(d.purpose());
				case NAME -> cells.text(d.name());
				case VENDOR -> cells.text(vendorName);
				case SERVICE_AREA -> cells.text(units.nameOf(d.serviceAreaId()));
				case OWNER_UNIT -> cells.text(units.nameOf(d.ownerUnitId()));
				case MAIN_USER -> cells.text(d.mainUserPersonId() == null ? d.mainUser()
						: people.getOrDefault(d.mainUserPersonId(), d.mainUser()));
				case USER_COUNT -> cells.number(d.userCount() == null ? null : BigDecimal.valueOf(d.userCount()), integer);
				case CRITICALITY -> cells.text(label(d.criticality()));
				case HOSTING -> cells.text(label(d.hosting()));
				case PERSONAL_DATA -> cells.text(label(d.personalData()));
				case CONFIDENTIAL_DATA -> cells.text(yesNo(d.confidentialData()));
				case USE_LOGGED -> cells.text(label(d.useLogged()));
				case RETENTION_NOTES -> cells.text(d.retentionNotes());
				case PHASE -> cells.text(label(d.phase()));
				case IN_USE_SINCE -> cells.date(d.inUseSince(), date);
				case PRODUCT_SUPPORT_ENDS -> cells.date(d.productSupportEnds(), date);
				case PLATFORM -> cells.text(d.platform());
				case PLATFORM_SUPPORT_ENDS -> cells.date(d.platformSupportEnds(), date);
			}
		}
	}

	String label(@Nullable Enum<?> value) {
		return value == null ? "" : known.computeIfAbsent(value, v -> labels.label(v, locale));
	}

	String yesNo(boolean value) {
		return label(value ? YesNo.YES : YesNo.NO);
	}

}
