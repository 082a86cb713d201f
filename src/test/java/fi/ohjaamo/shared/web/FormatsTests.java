package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
	void groupsDigitsWithANoBreakSpaceInFinnishAndSwedish() {
		for (var language : new String[] { "fi", "sv" }) {
			var locale = Locale.of(language);
			assertThat(Formats.number(new BigDecimal("1200000"), locale)).isEqualTo("1\u00a0200\u00a0000");
			assertThat(Formats.money(new BigDecimal("1200000"), locale)).isEqualTo("1\u00a0200\u00a0000\u00a0€");
		}
		assertThat(Formats.number(new BigDecimal("1200000"), Locale.ENGLISH)).isEqualTo("1,200,000");
	}

	@Test
	void writesAnEnglishMoneyRangeWithTheEuroSignInFront() {
		assertThat(Formats.moneyRange(new BigDecimal("70000"), new BigDecimal("110000"), Locale.ENGLISH))
			.isEqualTo("€70,000–110,000");
		assertThat(plain(Formats.moneyRange(new BigDecimal("70000"), new BigDecimal("110000"), Locale.of("sv"))))
			.isEqualTo("70 000–110 000 €");
	}

	@Test
	void keepsTheDecimalsOnBothEndsOfARange() {
		assertThat(Formats.numberRange(new BigDecimal("0.5"), new BigDecimal("2"), Locale.of("fi"))).isEqualTo("0,5–2,0");
		assertThat(Formats.numberRange(new BigDecimal("1.25"), new BigDecimal("3.5"), Locale.ENGLISH))
			.isEqualTo("1.25–3.50");
		assertThat(plain(Formats.moneyRange(new BigDecimal("1000.5"), new BigDecimal("2000"), Locale.of("fi"))))
			.isEqualTo("1 000,50–2 000,00 €");
	}

	@Test
	void neverGroupsTheDigitsOfAYear() {
		assertThat(Formats.years(2026, 2028)).isEqualTo("2026–2028");
		assertThat(Formats.years(2026, 2026)).isEqualTo("2026");
	}

	@Test
	void writesADayTheSameWayInFinnishAndSwedishAndWithTheMonthsNameInEnglish() {
		var day = LocalDate.of(2027, 1, 30);
		assertThat(Formats.day(day, Locale.of("fi"))).isEqualTo("30.1.2027");
		assertThat(Formats.day(day, Locale.of("sv"))).isEqualTo("30.1.2027");
		assertThat(Formats.day(day, Locale.ENGLISH)).isEqualTo("30 Jan 2027");
		assertThat(Formats.spreadsheetDay(Locale.of("sv"))).isEqualTo("d.m.yyyy");
		assertThat(Formats.spreadsheetDay(Locale.ENGLISH)).isEqualTo("d mmm yyyy");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.dateTime(Instant.parse("2027-01-30T12:05:00Z"))).isEqualTo("30 Jan 2027, 14:05");
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
