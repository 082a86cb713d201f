package fi.ohjaamo.exchange;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No text from a card can run as a formula in a spreadsheet, and every text comes back exactly as it was. */
class SpreadsheetTextTests {

	@Test
	void guardsEveryTextThatASpreadsheetWouldTakeForAFormula() {
		for (String hostile : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
			assertThat(SpreadsheetText.neutralise(hostile)).as(hostile).startsWith("'").endsWith(hostile);
		}
	}

	@Test
	void leavesOrdinaryTextAlone() {
		for (String plain : List.of("Sähköinen asiointi", "'90-luvun järjestelmä", "4.1", "", "a=b")) {
			assertThat(SpreadsheetText.neutralise(plain)).isEqualTo(plain);
		}
	}

	@Test
	void everyTextSurvivesTheRoundTrip() {
		for (String text : List.of("=1", "'=1", "''=1", "'90", "-", "Normaali", "'", "@")) {
			assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).as(text).isEqualTo(text);
		}
	}

}
