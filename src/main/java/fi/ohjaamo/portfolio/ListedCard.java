package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A project's current card as a list of the portfolio reads it for export, with its costs per year of the view's
 * span, VAT excluded, each the upper end of its estimate: {@code oneOff} and {@code recurring} by year.
 */
public record ListedCard(UUID id, int revision, Instant updatedAt, ProjectCard card, Map<Integer, BigDecimal> oneOff,
		Map<Integer, BigDecimal> recurring) {

}
