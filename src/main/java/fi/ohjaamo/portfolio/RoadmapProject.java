package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/** A project as the roadmap draws it: what it is, where it belongs, its status and its schedule as written. */
public record RoadmapProject(UUID id, String number, String title, Category category, @Nullable UUID serviceAreaId,
		Status status, String scheduleStart, String scheduleEnd, List<UUID> goalIds) {

	public Optional<SchedulePoint> start() {
		return SchedulePoint.parse(scheduleStart);
	}

	/** The end as written, or the start's own span when the card gives no end. */
	public Optional<SchedulePoint> end() {
		return SchedulePoint.parse(scheduleEnd).or(this::start);
	}

	public boolean scheduled() {
		return start().isPresent();
	}

	/** The schedule as text, "Q3/2025–Q2/2026" or a single point. */
	public String span() {
		return scheduleEnd.isBlank() || scheduleEnd.equals(scheduleStart) ? scheduleStart
				: scheduleStart + "–" + scheduleEnd;
	}

}
