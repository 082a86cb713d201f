package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Reads amounts as people type them in Finland, "1 234,50" or "1234.50", with or without a euro sign,
 * and writes them back with the decimal comma of Finnish and Swedish.
 */
class DecimalFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String cleaned = text.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.');
		// Nobody types an exponent; "1e999999999" would be read and then written out with a billion zeros.
		if (cleaned.indexOf('e') >= 0 || cleaned.indexOf('E') >= 0) {
			throw new ParseException(text, 0);
		}
		try {
			return new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		String plain = value.stripTrailingZeros().toPlainString();
		return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
	}

}
