package fi.ohjaamo.strategy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action as its lists show it: the goal it serves, the responsible party by name (empty when not yet
 * named) and the SWOT item it came from, if any.
 */
public record ActionRow(UUID id, UUID goalId, String goalName, String description, ActionResponsibleKind responsibleKind,
		String responsibleName, String due, ActionStatus status, String progressNote, @Nullable UUID swotAnalysisId,
		@Nullable UUID swotItemId, @Nullable String swotItem, long version) {

}
