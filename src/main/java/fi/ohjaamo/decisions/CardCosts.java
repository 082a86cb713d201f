package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import org.jspecify.annotations.Nullable;

/**
 * A card's costs as the decision rules read them: ranges by their upper bound (flagged, so the page can say so),
 * amounts as entered. A card without any cost line, or with an unknown amount, has unknown costs of that kind; the
 * lines that are known still give what the costs are at least ({@code oneOffKnown}, {@code recurringKnown}), so a
 * limit they already pass is passed whatever the unknown lines cost. {@code unknownLines} counts the lines to estimate.
 */
public record CardCosts(@Nullable BigDecimal oneOff, boolean oneOffRanged, @Nullable BigDecimal recurringPerYear,
		boolean recurringRanged, @Nullable BigDecimal oneOffKnown, @Nullable BigDecimal recurringKnown,
		int unknownLines) {

	public static CardCosts of(List<CostLine> lines) {
		if (lines.isEmpty()) {
			return new CardCosts(null, false, null, false, null, null, 0);
		}
		var oneOff = lines.stream().filter(l -> l.kind() == CostKind.ONE_OFF).toList();
		var recurring = lines.stream().filter(l -> l.kind() == CostKind.RECURRING).toList();
		var knownOneOff = oneOff.stream().filter(l -> !unknown(l)).toList();
		var knownRecurring = recurring.stream().filter(l -> !unknown(l)).toList();
		return new CardCosts(anyUnknown(oneOff) ? null : sum(oneOff), oneOff.stream().anyMatch(CostLine::isRange),
				anyUnknown(recurring) ? null : costliestYear(recurring), recurring.stream().anyMatch(CostLine::isRange),
				sum(knownOneOff), costliestYear(knownRecurring),
				(int) lines.stream().filter(CardCosts::unknown).count());
	}

	/** What the one-off costs and the recurring costs over the years are at least, by the lines that are known. */
	public @Nullable BigDecimal totalKnown(int years) {
		return oneOffKnown == null || recurringKnown == null ? null
				: oneOffKnown.add(recurringKnown.multiply(BigDecimal.valueOf(years)));
	}

	/** One-off plus recurring × years; unknown when either is. */
	public @Nullable BigDecimal total(int years) {
		return oneOff == null || recurringPerYear == null ? null
				: oneOff.add(recurringPerYear.multiply(BigDecimal.valueOf(years)));
	}

	private static boolean anyUnknown(List<CostLine> lines) {
		return lines.stream().anyMatch(CardCosts::unknown);
	}

	private static boolean unknown(CostLine line) {
		return line.amountUnknown() || line.fromYear() == null;
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
