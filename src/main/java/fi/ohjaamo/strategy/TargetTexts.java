package fi.ohjaamo.strategy;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@link TargetWords} in the reader's language, for the pages: {@code ${@targetTexts.of(target, indicator)}}. */
@Component
public class TargetTexts {

	private final MessageSource messages;

	TargetTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String of(IndicatorTarget target, String unit, @Nullable Integer baselineYear, String comparedSeries) {
		return words().of(target, unit, baselineYear, comparedSeries);
	}

	public String withPeriod(IndicatorTarget target, String unit, @Nullable Integer baselineYear,
			String comparedSeries) {
		return words().withPeriod(target, unit, baselineYear, comparedSeries);
	}

	public String of(IndicatorTarget target, IndicatorDefinition indicator) {
		return words().of(target, indicator);
	}

	public String withPeriod(IndicatorTarget target, IndicatorDefinition indicator) {
		return words().withPeriod(target, indicator);
	}

	public String period(IndicatorTarget target) {
		return words().period(target);
	}

	private TargetWords words() {
		return new TargetWords(messages, LocaleContextHolder.getLocale());
	}

}
