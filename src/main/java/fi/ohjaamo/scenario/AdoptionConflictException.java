package fi.ohjaamo.scenario;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Status;

/** Some cards moved on since the scenario was made so that its changes no longer fit them; nothing was written. */
public class AdoptionConflictException extends RuntimeException {

	/** One project that stops the adoption, its status now, and why (a message code). */
	public record Conflict(UUID projectId, String title, Status statusNow, String code) {
	}

	private final List<Conflict> conflicts;

	AdoptionConflictException(List<Conflict> conflicts) {
		super("the scenario no longer fits " + conflicts.size() + " cards");
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

}
