package fi.ohjaamo.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

/** Writes one row's cells left to right: texts neutralised against formulas, numbers as numbers, dates as dates. */
public final class RowWriter {

	private final Row row;

	private final CellStyle textStyle;

	private int next;

	public RowWriter(Row row, CellStyle textStyle) {
		this.row = row;
		this.textStyle = textStyle;
	}

	public void text(@Nullable String value) {
		var cell = row.createCell(next++);
		cell.setCellStyle(textStyle);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(SpreadsheetText.neutralise(value));
		}
	}

	public void number(@Nullable BigDecimal value, CellStyle style) {
		var cell = row.createCell(next++);
		if (value != null) {
			cell.setCellStyle(style);
			cell.setCellValue(value.doubleValue());
		}
	}

	public void date(@Nullable LocalDate value, CellStyle style) {
		var cell = row.createCell(next++);
		if (value != null) {
			cell.setCellStyle(style);
			cell.setCellValue(value);
		}
	}

}
