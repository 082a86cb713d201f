package fi.ohjaamo.portfolio.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which of the portfolio table's columns the view shows besides the number and the name, as the URL's {@code col}
 * parameters say, so that a chosen set of columns is bookmarked with the filters. Without any {@code col} the table
 * shows what IT management reads most and fits 1,280 px; the rest are a tick away. The filter form always sends one
 * empty {@code col}, so a view from the form with every column unticked still differs from no choice at all.
 */
record PortfolioColumns(List<String> shown) {

	/** Every column that may be shown, in the table's order, by the message key's last part. */
	static final List<String> CHOICES = List.of("status", "priority", "start", "serviceArea", "category", "kind",
			"visibility", "oneOff", "recurring");

	static final List<String> DEFAULT = List.of("status", "priority", "start", "serviceArea", "oneOff", "recurring");

	/** The columns a heading sorts by; the others come unsorted from the filtered order. */
	static final List<String> SORTABLE = List.of("status", "priority", "start");

	/** The columns the request's {@code col} parameters name, or the default ones when it has none. */
	static PortfolioColumns of(String @Nullable [] requested) {
		if (requested == null) {
			return new PortfolioColumns(DEFAULT);
		}
		var named = List.of(requested);
		return new PortfolioColumns(CHOICES.stream().filter(named::contains).toList());
	}

	public boolean shows(String column) {
		return shown.contains(column);
	}

	public List<String> choices() {
		return CHOICES;
	}

	public boolean sortable(String column) {
		return SORTABLE.contains(column);
	}

	/** The message key of a column's heading. */
	public String label(String column) {
		return switch (column) {
			case "serviceArea" -> "portfolio.project.serviceAreaId";
			case "category", "kind", "visibility" -> "portfolio.project." + column;
			default -> "portfolio.table." + column;
		};
	}

}
