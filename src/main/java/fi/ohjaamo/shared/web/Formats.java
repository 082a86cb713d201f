package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number, money and date formats of the reader's language, for templates as {@code @formats}:
 * in Finnish 1 234,50 € and 22.11.2026 klo 14.05.
 */
@Component("formats")
public class Formats {

	private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

	private static final Currency EURO = Currency.getInstance("EUR");

	public String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		var format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
		format.setCurrency(EURO);
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	/** A range such as 10 000–20 000 €, or one amount when both ends are the same or there is no upper end. */
	public String moneyRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		if (min == null) {
			return "";
		}
		if (max == null || max.compareTo(min) == 0) {
			return money(min);
		}
		return number(min) + "–" + money(max);
	}

	public String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	public String numberRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		if (min == null) {
			return "";
		}
		if (max == null || max.compareTo(min) == 0) {
			return number(min);
		}
		return number(min) + "–" + number(max);
	}

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZONE)
			.format(instant);
	}

	/** A calendar day in the reader's language: 2.3.2026 in Finnish. */
	public String day(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale()).format(date);
	}

	public String date(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZONE)
			.format(instant);
	}

}
