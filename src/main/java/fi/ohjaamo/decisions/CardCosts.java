package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import org.jspecify.annotations.Nullable;

/**
 * A card's costs as the decision rules read them: ranges by their upper bound (flagged, so the page can say so),
 * amounts as entered. A card without any cost line, or with an unknown amount, has unknown costs of that kind.
 */
public record CardCosts(@Nullable BigDecimal oneOff, boolean oneOffRanged, @Nullable BigDecimal recurringPerYear,
		boolean recurringRanged) {

	public static CardCosts of(List<CostLine> lines) {
		if (lines.isEmpty()) {
			return new CardCosts(null, false, null, false);
		}
		var oneOff = lines.stream().filter(l -> l.kind() == CostKind.ONE_OFF).toList();
		var recurring = lines.stream().filter(l -> l.kind() == CostKind.RECURRING).toList();
		return new CardCosts(anyUnknown(oneOff) ? null : sum(oneOff), oneOff.stream().anyMatch(CostLine::isRange),
				anyUnknown(recurring) ? null : costliestYear(recurring), recurring.stream().anyMatch(CostLine::isRange));
	}

	/** One-off plus recurring × years; unknown when either is. */
	public @Nullable BigDecimal total(int years) {
		return oneOff == null || recurringPerYear == null ? null
				: oneOff.add(recurringPerYear.multiply(BigDecimal.valueOf(years)));
	}

	private static boolean anyUnknown(List<CostLine> lines) {
		return lines.stream().anyMatch(l -> l.amountUnknown() || l.fromYear() == null);
	}

	private static BigDecimal sum(List<CostLine> lines) {
		return lines.stream().map(CostLine::upperAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Recurring costs can start and end in different years; the rule reads the year they add up most. */
	private static BigDecimal costliestYear(List<CostLine> lines) {
		if (lines.isEmpty()) {
			return BigDecimal.ZERO;
		}
		int first = lines.stream().mapToInt(CostLine::fromYear).min().orElseThrow();
		int last = lines.stream().mapToInt(l -> l.lastYear() == null ? l.fromYear() : l.lastYear()).max().orElseThrow();
		return IntStream.rangeClosed(first, Math.max(first, last))
			.mapToObj(year -> sum(lines.stream().filter(l -> l.fallsIn(year)).toList()))
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
	}

}
