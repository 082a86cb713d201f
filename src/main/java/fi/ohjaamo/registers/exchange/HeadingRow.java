package fi.ohjaamo.registers.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.registers.exchange.SystemImportPreview.Caption;
import org.jspecify.annotations.Nullable;

/**
 * Finds the heading row of an application list. A list copied from a strategy document often has its title above the
 * headings ("Sovelluslista 2024" in A1, the headings on row 2 or 3): when the first row names no system but one of
 * the next few rows does, that row holds the headings and the rows above it are a caption, skipped and told.
 */
final class HeadingRow {

	/** How many rows above the headings may be a caption; further down, a row naming systems is data, not headings. */
	static final int MAX_CAPTION_ROWS = 3;

	/** How much of a caption the preview repeats. */
	private static final int CAPTION_CHARS = 120;

	/** The sheet read from its heading row, and the caption skipped above it, null when there was none. */
	record Found(RawSheet sheet, @Nullable Caption caption) {
	}

	private HeadingRow() {
	}

	/** @param headings whether a row's cells, read as headings, have the column of the systems' names */
	static Found of(RawSheet sheet, Predicate<Map<Integer, String>> headings) {
		if (headings.test(sheet.headings())) {
			return new Found(sheet, null);
		}
		var rows = sheet.rows();
		for (int i = 0; i < Math.min(MAX_CAPTION_ROWS, rows.size()); i++) {
			var row = rows.get(i);
			if (headings.test(row.cells())) {
				var caption = new ArrayList<Map<Integer, String>>();
				caption.add(sheet.headings());
				rows.subList(0, i).forEach(above -> caption.add(above.cells()));
				return new Found(new RawSheet(row.cells(), List.copyOf(rows.subList(i + 1, rows.size()))),
						new Caption(row.number(), text(caption)));
			}
		}
		return new Found(sheet, null);
	}

	private static String text(List<Map<Integer, String>> rows) {
		String text = rows.stream()
			.flatMap(cells -> cells.values().stream())
			.map(String::strip)
			.filter(cell -> !cell.isEmpty())
			.collect(Collectors.joining(" / "));
		return text.length() <= CAPTION_CHARS ? text : text.substring(0, CAPTION_CHARS) + "…";
	}

}
