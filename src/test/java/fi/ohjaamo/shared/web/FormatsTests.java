package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	Formats formats = new Formats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesMoneyTheFinnishWay() {
		LocaleContextHolder.setLocale(Locale.of("fi"));
		assertThat(plain(formats.money(new BigDecimal("1234.5")))).isEqualTo("1 234,50 €");
		assertThat(plain(formats.money(new BigDecimal("35000")))).isEqualTo("35 000 €");
		assertThat(plain(formats.moneyRange(new BigDecimal("10000"), new BigDecimal("20000")))).isEqualTo("10 000–20 000 €");
		assertThat(plain(formats.moneyRange(new BigDecimal("3000"), null))).isEqualTo("3 000 €");
	}

	@Test
	void writesMoneyInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
	}

	@Test
	void writesDatesInHelsinkiTime() {
		LocaleContextHolder.setLocale(Locale.of("fi"));
		assertThat(formats.date(Instant.parse("2026-11-22T23:30:00Z"))).isEqualTo("23.11.2026");
		assertThat(formats.dateTime(Instant.parse("2026-11-22T12:05:00Z"))).startsWith("22.11.2026").contains("14.05");
	}

	@Test
	void readsAmountsAsFinnsTypeThem() throws Exception {
		var decimals = new DecimalFormatter();
		assertThat(decimals.parse("1 234,50", Locale.of("fi"))).isEqualByComparingTo("1234.50");
		assertThat(decimals.parse("1\u00a0234,50 €", Locale.of("fi"))).isEqualByComparingTo("1234.50");
		assertThat(decimals.parse("1234.5", Locale.of("fi"))).isEqualByComparingTo("1234.5");
		assertThat(decimals.print(new BigDecimal("1234.50"), Locale.of("fi"))).isEqualTo("1234,5");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> decimals.parse("kymmenen", Locale.of("fi")))
			.isInstanceOf(java.text.ParseException.class);
	}

	/** Finnish groups digits with a no-break space; compare with an ordinary one. */
	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
