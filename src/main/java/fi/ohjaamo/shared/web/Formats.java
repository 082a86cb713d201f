package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one rule for writing numbers, money, years and dates in each language, used by the pages (as
 * {@code @formats}, in the reader's language), the charts, the documents and the spreadsheets (in the language they
 * are written in). Finnish and Swedish: 1 200 000 (digits grouped with a no-break space), 70 000–110 000 €,
 * 30.1.2027; English: 1,200,000, €70,000–110,000, 30 Jan 2027. Years are never grouped (2026–2028), and the two
 * ends of a range carry the same decimals (0,5–2,0).
 */
@Component("formats")
public class Formats {

	private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

	private static final Currency EURO = Currency.getInstance("EUR");

	private static final int MAX_DECIMALS = 2;

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	public String money(@Nullable BigDecimal amount) {
		return money(amount, locale());
	}

	/** An amount in euros; cents only when there are some: 35 000 €, 1 234,50 €. */
	public static String money(@Nullable BigDecimal amount, Locale locale) {
		return amount == null ? "" : currency(locale, amount.stripTrailingZeros().scale() <= 0 ? 0 : 2).format(amount);
	}

	/** A range such as 10 000–20 000 € (€10,000–20,000), or one amount when both ends are the same or there is none. */
	public String moneyRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		return moneyRange(min, max, locale());
	}

	public static String moneyRange(@Nullable BigDecimal min, @Nullable BigDecimal max, Locale locale) {
		if (min == null) {
			return "";
		}
		if (max == null || max.compareTo(min) == 0) {
			return money(min, locale);
		}
		int decimals = Math.max(decimals(min), decimals(max)) > 0 ? 2 : 0;
		var withSymbol = currency(locale, decimals);
		var plain = number(locale, decimals);
		boolean symbolFirst = !Character.isDigit(withSymbol.format(BigDecimal.ONE).charAt(0));
		return symbolFirst ? withSymbol.format(min) + "–" + plain.format(max)
				: plain.format(min) + "–" + withSymbol.format(max);
	}

	public String number(@Nullable BigDecimal value) {
		return number(value, locale());
	}

	/** A number with its digits grouped and at most two decimals, as many as it has. */
	public static String number(@Nullable BigDecimal value, Locale locale) {
		return value == null ? "" : number(locale, decimals(value)).format(value);
	}

	public String numberRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		return numberRange(min, max, locale());
	}

	/** A range whose ends carry the same decimals, 0,5–2,0, or one number when both ends are the same. */
	public static String numberRange(@Nullable BigDecimal min, @Nullable BigDecimal max, Locale locale) {
		if (min == null) {
			return "";
		}
		if (max == null || max.compareTo(min) == 0) {
			return number(min, locale);
		}
		var format = number(locale, Math.max(decimals(min), decimals(max)));
		return format.format(min) + "–" + format.format(max);
	}

	/** A year is a name, not an amount: 2026, never 2 026. */
	public static String year(int year) {
		return Integer.toString(year);
	}

	/** Years from one to another, 2026–2028, or one year when they are the same. */
	public static String years(int from, int to) {
		return from == to ? year(from) : year(from) + "–" + year(to);
	}

	public String yearRange(int from, int to) {
		return years(from, to);
	}

	/** A calendar day in the reader's language: 30.1.2027 in Finnish and Swedish, 30 Jan 2027 in English. */
	public String day(@Nullable LocalDate date) {
		return day(date, locale());
	}

	public static String day(@Nullable LocalDate date, Locale locale) {
		return date == null ? "" : dayFormat(locale).format(date);
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "" : day(instant.atZone(ZONE).toLocalDate());
	}

	/** A moment in Helsinki time: 30.1.2027 14.05, 30 Jan 2027, 14:05. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		var locale = locale();
		var pattern = english(locale) ? "d MMM yyyy, HH:mm" : "d.M.yyyy H.mm";
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZONE).format(instant);
	}

	/** The spreadsheet number format of a calendar day in the language, the same rule as {@link #day}. */
	public static String spreadsheetDay(Locale locale) {
		return english(locale) ? "d mmm yyyy" : "d.m.yyyy";
	}

	private static DateTimeFormatter dayFormat(Locale locale) {
		return DateTimeFormatter.ofPattern(english(locale) ? "d MMM yyyy" : "d.M.yyyy", locale);
	}

	private static int decimals(BigDecimal value) {
		return Math.min(MAX_DECIMALS, Math.max(0, value.stripTrailingZeros().scale()));
	}

	private static NumberFormat number(Locale locale, int decimals) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	private static NumberFormat currency(Locale locale, int decimals) {
		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
