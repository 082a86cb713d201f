package fi.ohjaamo.portfolio.exchange;

import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Vat;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the cost and resource sheets. The first three name the project the line belongs to, as the
 * projects sheet does (the title only to help the reader); the rest are the fields of one line. {@code field} is
 * the line's field whose rule errors belong to the column.
 */
enum LineColumn {

	PROJECT_ID("", null, 38), PROJECT_NUMBER("", null, 10), PROJECT_TITLE("", null, 40),
	COST_KIND("kind", CostKind.class, 20), PARTY("party", ResourceParty.class, 18),
	EFFORT_UNIT("effortUnit", EffortUnit.class, 10), FROM_YEAR("fromYear", null, 10), TO_YEAR("toYear", null, 10),
	AMOUNT("amountMin", null, 16), AMOUNT_MAX("amountMax", null, 16),
	AMOUNT_UNKNOWN("amountUnknown", YesNo.class, 12), VAT("vat", Vat.class, 12),
	NOTE("note", null, 40);

	final String field;

	final @Nullable Class<? extends Enum<?>> choices;

	final int width;

	LineColumn(String field, @Nullable Class<? extends Enum<?>> choices, int width) {
		this.field = field;
		this.choices = choices;
		this.width = width;
	}

	/** Key columns say which project a line is for; they are not part of the line. */
	boolean key() {
		return field.isEmpty();
	}

}
