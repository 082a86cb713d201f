package fi.ohjaamo.exchange;

import java.util.List;
import java.util.Map;

/**
 * The first sheet of an uploaded workbook as text: the heading row and the rows under it, each cell by its column
 * index. Row numbers are the ones a person sees in the spreadsheet, starting from 1.
 */
public record RawSheet(Map<Integer, String> headings, List<Row> rows) {

	public record Row(int number, Map<Integer, String> cells) {

		public String cell(int column) {
			return cells.getOrDefault(column, "");
		}

	}

}
