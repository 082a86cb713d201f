package fi.ohjaamo.portfolio.exchange;

import java.util.List;
import java.util.Locale;

import static fi.ohjaamo.portfolio.exchange.LineColumn.AMOUNT;
import static fi.ohjaamo.portfolio.exchange.LineColumn.AMOUNT_MAX;
import static fi.ohjaamo.portfolio.exchange.LineColumn.AMOUNT_UNKNOWN;
import static fi.ohjaamo.portfolio.exchange.LineColumn.COST_KIND;
import static fi.ohjaamo.portfolio.exchange.LineColumn.EFFORT_UNIT;
import static fi.ohjaamo.portfolio.exchange.LineColumn.FROM_YEAR;
import static fi.ohjaamo.portfolio.exchange.LineColumn.NOTE;
import static fi.ohjaamo.portfolio.exchange.LineColumn.PARTY;
import static fi.ohjaamo.portfolio.exchange.LineColumn.PROJECT_ID;
import static fi.ohjaamo.portfolio.exchange.LineColumn.PROJECT_NUMBER;
import static fi.ohjaamo.portfolio.exchange.LineColumn.PROJECT_TITLE;
import static fi.ohjaamo.portfolio.exchange.LineColumn.TO_YEAR;
import static fi.ohjaamo.portfolio.exchange.LineColumn.VAT;

/**
 * The sheets beside the projects sheet that hold a card's lists, one line per spreadsheet row, so that a person
 * can add a third cost line by adding a row rather than by finding the "third cost" columns. {@code cardField} is
 * the card's list whose rule errors ("costs[2].amountMin") belong to the sheet.
 */
enum LineSheet {

	COSTS("costs", List.of(PROJECT_ID, PROJECT_NUMBER, PROJECT_TITLE, COST_KIND, FROM_YEAR, TO_YEAR, AMOUNT, AMOUNT_MAX,
			AMOUNT_UNKNOWN, VAT, NOTE)),
	RESOURCES("resources", List.of(PROJECT_ID, PROJECT_NUMBER, PROJECT_TITLE, PARTY, EFFORT_UNIT, AMOUNT, AMOUNT_MAX,
			NOTE));

	final String cardField;

	final List<LineColumn> columns;

	LineSheet(String cardField, List<LineColumn> columns) {
		this.cardField = cardField;
		this.columns = columns;
	}

	String nameKey() {
		return "exchange.sheet." + cardField;
	}

	/** The key columns share the projects sheet's headings, so "ID" and "Numero" mean the same on every sheet. */
	String headingKey(LineColumn column) {
		return switch (column) {
			case PROJECT_ID -> ExchangeColumn.ID.messageKey();
			case PROJECT_NUMBER -> ExchangeColumn.NUMBER.messageKey();
			case PROJECT_TITLE -> ExchangeColumn.TITLE.messageKey();
			default -> "exchange." + cardField + ".column." + column.name().toLowerCase(Locale.ROOT).replace('_', '-');
		};
	}

}
