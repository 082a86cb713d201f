package fi.ohjaamo.prioritisation;

import java.time.Instant;
import java.util.UUID;

/** One level an evaluator gave a project on one criterion, as it was stored; never changed afterwards. */
record GivenScore(long seq, UUID roundId, UUID criterionId, UUID evaluatorId, int level, String reason,
		Instant scoredAt) {

}
