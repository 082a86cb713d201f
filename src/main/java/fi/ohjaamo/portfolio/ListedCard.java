package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A project's current card as a list of the portfolio reads it for export, with its costs per year of the view's
 * span, VAT excluded: {@code oneOff} and {@code recurring} by year, each with both ends of the estimate. A year with
 * no cost line is absent.
 */
public record ListedCard(UUID id, int revision, Instant updatedAt, ProjectCard card, Map<Integer, YearCost> oneOff,
		Map<Integer, YearCost> recurring) {

	/**
	 * A year's costs of one kind: the sums of the lower and upper ends of the lines whose amount is known, whether
	 * the year has such a line, and whether it has a line whose amount is unknown (which the sums cannot hold).
	 */
	public record YearCost(BigDecimal min, BigDecimal max, boolean known, boolean unknown) {

		static YearCost unknownAmount() {
			return new YearCost(BigDecimal.ZERO, BigDecimal.ZERO, false, true);
		}

		static YearCost between(BigDecimal min, BigDecimal max) {
			return new YearCost(min, max, true, false);
		}

		YearCost plus(YearCost other) {
			return new YearCost(min.add(other.min), max.add(other.max), known || other.known, unknown || other.unknown);
		}

	}

}
