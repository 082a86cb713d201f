package fi.ohjaamo.shared.web;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An amount is read as people type it; an exponent, which nobody types, is refused like any other word. */
class DecimalFormatterTests {

	@Test
	void refusesExponentsThatWouldBeWrittenBackAsBillionsOfZeros() {
		var decimals = new DecimalFormatter();
		for (String typed : new String[] { "1e999999999", "1E-999999999", "2,5e3" }) {
			assertThatThrownBy(() -> decimals.parse(typed, Locale.of("fi"))).as(typed).isInstanceOf(ParseException.class);
		}
	}

}
