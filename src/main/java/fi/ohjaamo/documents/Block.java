package fi.ohjaamo.documents;

import java.util.List;

/** The parts a document is made of; each renderer lays out every kind. */
public sealed interface Block {

	/** The block's kind in lower case (heading, paragraph, …), for the PDF template to choose its markup. */
	default String kind() {
		return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/** A numbered heading; level 1 is a chapter. The number is empty for an unnumbered heading. */
	public record Heading(int level, String number, String text) implements Block {

		public String anchor() {
			return "h-" + (number.isEmpty() ? Integer.toHexString(text.hashCode()) : number.replace('.', '-'));
		}

		public String numbered() {
			return number.isEmpty() ? text : number + " " + text;
		}

	}

	public record Paragraph(String text) implements Block {
	}

	/** Short items one under another, such as the principles of a strategy. */
	public record Bullets(List<String> items) implements Block {

		public Bullets {
			items = List.copyOf(items);
		}

	}

	/** Label and value pairs, such as the fields of a project card. */
	public record Fields(List<Field> fields) implements Block {

		public Fields {
			fields = List.copyOf(fields);
		}

	}

	public record Field(String label, String value) {
	}

	/** A table with a heading row; {@code numeric} marks the columns that are aligned right. */
	public record Table(String caption, List<String> headings, List<List<String>> rows, List<Boolean> numeric)
			implements Block {

		public Table {
			headings = List.copyOf(headings);
			rows = rows.stream().map(List::copyOf).toList();
			numeric = List.copyOf(numeric);
		}

		public static Table of(String caption, List<String> headings, List<List<String>> rows) {
			return new Table(caption, headings, rows, headings.stream().map(h -> false).toList());
		}

	}

	/** Four titled lists in two rows of two, such as a SWOT analysis. */
	public record Quadrants(String caption, List<Quadrant> quadrants) implements Block {

		public Quadrants {
			if (quadrants.size() != 4) {
				throw new IllegalArgumentException("a four-quadrant table has four quadrants");
			}
			quadrants = List.copyOf(quadrants);
		}

	}

	public record Quadrant(String title, List<String> items) {

		public Quadrant {
			items = List.copyOf(items);
		}

	}

}
