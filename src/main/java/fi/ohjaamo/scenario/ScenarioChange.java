package fi.ohjaamo.scenario;

import java.util.UUID;

import fi.ohjaamo.portfolio.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One change a scenario makes to one project. The project's title, status and schedule when the change was made are
 * kept with it, so the scenario reads the same later and adoption can tell whether the card has moved on since.
 * The new schedule is empty when the change keeps it (taking out, or taking an idea in as scheduled).
 */
@Embeddable
public record ScenarioChange(UUID projectId, @Enumerated(EnumType.STRING) @Column(length = 10) ChangeKind kind,
		String projectTitle, @Enumerated(EnumType.STRING) @Column(length = 20) Status statusWhenMade,
		String originalStart, String originalEnd, String newStart, String newEnd, String reason) {

	public ScenarioChange {
		originalStart = originalStart == null ? "" : originalStart;
		originalEnd = originalEnd == null ? "" : originalEnd;
		newStart = newStart == null ? "" : newStart.strip();
		newEnd = newEnd == null ? "" : newEnd.strip();
		reason = reason == null ? "" : reason.strip();
	}

	/** Whether the change gives the project a schedule of its own. */
	public boolean movesSchedule() {
		return !newStart.isEmpty() || !newEnd.isEmpty();
	}

}
