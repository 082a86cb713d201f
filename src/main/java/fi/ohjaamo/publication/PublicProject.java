package fi.ohjaamo.publication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.Status;

/**
 * A project as the public sees it: only the card fields ADR 0013 chose, with units and goals by name. Nothing else
 * of the card is ever copied here, so nothing else can reach a public page or the open data.
 */
public record PublicProject(UUID id, String number, String title, Category category, String serviceArea,
		String unit, ProjectKind kind, Status status, String description, String impactSummary,
		String scheduleStart, String scheduleEnd, List<String> goals, List<PublicCost> costs, Instant updatedAt) {

	/** Whether the project runs in the year by its schedule, or by its costs when it has no schedule. */
	boolean runsIn(int year) {
		var span = YearSpan.of(scheduleStart, scheduleEnd, costs);
		return span.isPresent() && span.get().contains(year);
	}

}
