package fi.ohjaamo.strategy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A SWOT item as the analysis shows it, with the action its response became, if it did. */
public record SwotItemRow(UUID id, SwotQuadrant quadrant, String description, String response,
		@Nullable UUID actionId, @Nullable UUID actionGoalId, @Nullable String actionGoalName) {

}
