package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One cell of the grid changed: who set which party's quarter from what to what (null: not set). */
public record CapacityChange(Party party, Quarter quarter, @Nullable BigDecimal before, @Nullable BigDecimal after,
		UUID authorId, String authorName, Instant changedAt) {
}
