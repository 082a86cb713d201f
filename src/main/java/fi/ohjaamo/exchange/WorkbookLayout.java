package fi.ohjaamo.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * The shape every exported workbook and template shares: sheets with a bold, frozen heading row and set widths, and
 * lists to choose enum values from. The lists live on a hidden sheet because Excel's inline lists allow no commas,
 * which some labels have.
 */
public final class WorkbookLayout {

	/** The rows of the first sheet offered lists, as many as an import accepts by default. */
	public static final int MAX_VALIDATED_ROW = 5_000;

	/** The rows of any other sheet offered lists. */
	public static final int MAX_VALIDATED_LINE_ROW = 25_000;

	/** A sheet and the enum of each of its columns (null for free text), to offer as drop-down lists. */
	public record Choices(Sheet sheet, List<@Nullable Class<? extends Enum<?>>> columns, int lastRow) {
	}

	private WorkbookLayout() {
	}

	public static CellStyle headingStyle(Workbook workbook) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		bold.setWrapText(true);
		return bold;
	}

	/** A sheet with a frozen heading row, each heading with its width in characters. */
	public static Sheet sheet(Workbook workbook, String name, CellStyle headingStyle, List<String> headings,
			List<Integer> widths) {
		Sheet sheet = workbook.createSheet(name);
		Row heading = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			var cell = heading.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(headingStyle);
			sheet.setColumnWidth(i, widths.get(i) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/**
	 * Drop-down lists of the enum columns' labels, from a hidden sheet holding each enum's list once.
	 * @param label the label of a value in the workbook's language
	 */
	public static void addChoiceLists(Workbook workbook, Function<Enum<?>, String> label, List<Choices> sheets) {
		Sheet lists = workbook.createSheet("lists");
		Map<Class<?>, String> ranges = new HashMap<>();
		for (var choices : sheets) {
			var helper = choices.sheet().getDataValidationHelper();
			for (int sheetColumn = 0; sheetColumn < choices.columns().size(); sheetColumn++) {
				var type = choices.columns().get(sheetColumn);
				if (type == null) {
					continue;
				}
				String range = ranges.computeIfAbsent(type, t -> writeList(lists, ranges.size(), t, label));
				var validation = helper.createValidation(helper.createFormulaListConstraint(range),
						new CellRangeAddressList(1, choices.lastRow(), sheetColumn, sheetColumn));
				validation.setShowErrorBox(true);
				choices.sheet().addValidationData(validation);
			}
		}
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
	}

	private static String writeList(Sheet lists, int listColumn, Class<?> type, Function<Enum<?>, String> label) {
		var values = (Enum<?>[]) type.getEnumConstants();
		for (int i = 0; i < values.length; i++) {
			Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
			row.createCell(listColumn).setCellValue(label.apply(values[i]));
		}
		String letter = CellReference.convertNumToColString(listColumn);
		return "lists!$" + letter + "$1:$" + letter + "$" + values.length;
	}

}
