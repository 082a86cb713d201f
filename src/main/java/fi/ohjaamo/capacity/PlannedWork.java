package fi.ohjaamo.capacity;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/**
 * A project's work as the capacity calculation sees it: its schedule and its resource lines. The current plan
 * gives the cards' own values; a scenario may give shifted schedules or leave projects out.
 */
public record PlannedWork(UUID projectId, String title, @Nullable SchedulePoint start, @Nullable SchedulePoint end,
		List<ResourceLine> resources) {

	public PlannedWork {
		resources = List.copyOf(resources);
	}

	/** True when the work can be spread over months: both ends are known and the end does not close before the start. */
	public boolean isScheduled() {
		return start != null && end != null && start.canBeFollowedBy(end);
	}

}
