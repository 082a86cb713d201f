package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.Locale;

import fi.ohjaamo.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A target as the strategy reads it, in one language: "> 75 %", "60–80 %", "≤ −10 % lähtötasosta (2017)", "kasvaa
 * edellisestä arvosta", "> poistot". Pages and documents print the rule, not only a number, so that a reader sees
 * exactly what was agreed.
 */
public final class TargetWords {

	private final MessageSource messages;

	private final Locale locale;

	public TargetWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The rule of a target of an indicator measured in {@code unit}, whose baseline is from {@code baselineYear} and
	 * whose compared series is {@code comparedSeries}.
	 */
	public String of(IndicatorTarget target, String unit, @Nullable Integer baselineYear, String comparedSeries) {
		var operator = target.operator();
		return switch (target.basis()) {
			case VALUE -> valueRule(target, unit);
			case CHANGE -> message("strategy.target.rule.change", bounds(target, unit, true),
					baselineYear == null ? "–" : Formats.year(baselineYear));
			case CHANGE_PERCENT -> message("strategy.target.rule.change", bounds(target, "%", true),
					baselineYear == null ? "–" : Formats.year(baselineYear));
			case PREVIOUS -> message("strategy.target.rule.previous." + operator.name());
			case COMPARED_SERIES -> operator.symbol() + " " + comparedSeries;
		};
	}

	/** The rule of a target of the indicator. */
	public String of(IndicatorTarget target, IndicatorDefinition indicator) {
		return of(target, indicator.unit(), indicator.baselineYear(), indicator.comparedSeries());
	}

	/** Its period and rule: "2025: > 75 %", "2025/1: ≥ 4". */
	public String withPeriod(IndicatorTarget target, IndicatorDefinition indicator) {
		return withPeriod(target, indicator.unit(), indicator.baselineYear(), indicator.comparedSeries());
	}

	public String withPeriod(IndicatorTarget target, String unit, @Nullable Integer baselineYear, String comparedSeries) {
		return message("strategy.target.withPeriod", period(target), of(target, unit, baselineYear, comparedSeries));
	}

	public String period(IndicatorTarget target) {
		return target.half() == 0 ? Formats.year(target.year())
				: message("strategy.target.halfOf", Formats.year(target.year()), target.half());
	}

	private String valueRule(IndicatorTarget target, String unit) {
		var value = target.value();
		if (target.operator() == TargetOperator.GT && value != null && value.signum() == 0) {
			return message("strategy.target.rule.positive");
		}
		if (target.operator() == TargetOperator.LT && value != null && value.signum() == 0) {
			return message("strategy.target.rule.negative");
		}
		return bounds(target, unit, false);
	}

	/** "> 75 %", or "60–80 %" between two bounds; a change carries its sign, "+5", "−10". */
	private String bounds(IndicatorTarget target, String unit, boolean signed) {
		String suffix = unit.isBlank() ? "" : " " + unit;
		if (target.operator() == TargetOperator.BETWEEN) {
			return number(target.value(), signed) + "–" + number(target.upper(), signed) + suffix;
		}
		return target.operator().symbol() + " " + number(target.value(), signed) + suffix;
	}

	private String number(@Nullable BigDecimal value, boolean signed) {
		if (value == null) {
			return "?";
		}
		String plain = Formats.number(value, locale);
		return signed && value.signum() > 0 ? "+" + plain : plain;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

}
