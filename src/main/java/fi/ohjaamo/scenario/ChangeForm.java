package fi.ohjaamo.scenario;

import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A change to one project of a scenario; {@code version} is the scenario's version the person saw. */
record ChangeForm(@NotNull @Nullable UUID projectId, @NotNull @Nullable ChangeKind kind,
		@Size(max = 12) String newStart, @Size(max = 12) String newEnd, @Size(max = 1000) String reason,
		@Nullable Long version) {

	ChangeForm {
		newStart = newStart == null ? "" : newStart.strip();
		newEnd = newEnd == null ? "" : newEnd.strip();
		reason = reason == null ? "" : reason.strip();
	}

	static ChangeForm blank(Scenario scenario) {
		return new ChangeForm(null, ChangeKind.SHIFT, "", "", "", scenario.getVersion());
	}

	/** The same typed values on the scenario's version now, for saving again after someone else's save. */
	ChangeForm on(long currentVersion) {
		return new ChangeForm(projectId, kind, newStart, newEnd, reason, currentVersion);
	}

	/** Only call on a form without errors. */
	Scenarios.ChangeRequest request() {
		return new Scenarios.ChangeRequest(Objects.requireNonNull(projectId), Objects.requireNonNull(kind), newStart,
				newEnd, reason);
	}

}
