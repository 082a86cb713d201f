package fi.ohjaamo.actionplan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A project chosen for a plan; the revision of its card is frozen when the plan is approved. */
@Embeddable
public record ChosenProject(@Column(name = "project_id") UUID projectId,
		@Column(name = "frozen_revision") @Nullable Integer frozenRevision) {
}
