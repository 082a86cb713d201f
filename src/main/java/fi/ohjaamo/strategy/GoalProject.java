package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

/**
 * A project as it serves one strategic goal, with its costs without VAT.
 * @param statusCode the message code of the project's status
 * @param oneOff the project's one-off costs together
 * @param recurring the project's recurring costs for one year
 * @param years the project's costs year by year: one-off costs in their year, recurring ones in every year they run
 */
public record GoalProject(UUID goalId, UUID projectId, String number, String title, String statusCode,
		String scheduleStart, String scheduleEnd, CostRange oneOff, CostRange recurring, List<YearCosts> years) {

	/** The schedule as one short text: "Q3/2025–Q2/2026", or the start alone when it ends when it starts. */
	public String schedule() {
		return scheduleEnd.isEmpty() || scheduleEnd.equals(scheduleStart) ? scheduleStart
				: scheduleStart + "–" + scheduleEnd;
	}

}
