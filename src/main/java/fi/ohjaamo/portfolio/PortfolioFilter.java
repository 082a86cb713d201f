package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A view of the portfolio as the URL states it, so any view can be bookmarked and shared. Every list
 * means "any of these"; empty means no restriction.
 */
public record PortfolioFilter(String q, List<Category> category, List<Status> status, List<UUID> serviceArea,
		@Nullable UUID unit, List<ProjectKind> kind, @Nullable Obligation obligation, @Nullable Visibility visibility,
		List<Priority> priority, @Nullable Likelihood likelihood, @Nullable ScheduleOwner scheduleOwner,
		@Nullable UUID goal, @Nullable Boolean noGoal, @Nullable UUID manager, @Nullable Integer year,
		@Nullable String sort, @Nullable String dir, Integer page, @Nullable UUID worksite) {

	public static final int PAGE_SIZE = 50;

	public PortfolioFilter {
		q = q == null ? "" : q.strip();
		category = clean(category);
		status = clean(status);
		serviceArea = clean(serviceArea);
		kind = clean(kind);
		priority = clean(priority);
		sort = PortfolioSort.of(sort).name().toLowerCase(java.util.Locale.ROOT);
		dir = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
		page = page == null || page < 1 ? 1 : page;
	}

	public static PortfolioFilter none() {
		return new PortfolioFilter("", List.of(), List.of(), List.of(), null, List.of(), null, null, List.of(), null,
				null, null, null, null, null, null, null, 1, null);
	}

	public boolean descending() {
		return "desc".equals(dir);
	}

	/** Whether the view is restricted to this value of the named enum field; the filter form marks it chosen. */
	public boolean isChosen(String field, Object value) {
		return switch (field) {
			case "category" -> category.contains(value);
			case "status" -> status.contains(value);
			case "kind" -> kind.contains(value);
			case "priority" -> priority.contains(value);
			case "obligation" -> value == obligation;
			case "visibility" -> value == visibility;
			case "likelihood" -> value == likelihood;
			case "scheduleOwner" -> value == scheduleOwner;
			default -> false;
		};
	}

	/** How many values of a several-valued enum field the view is restricted to. */
	public int chosenCount(String field) {
		return switch (field) {
			case "category" -> category.size();
			case "status" -> status.size();
			case "kind" -> kind.size();
			case "priority" -> priority.size();
			default -> 0;
		};
	}

	/**
	 * How many restrictions the view has besides the search, the status, the service area and the year, which most
	 * views use: the filter panel folds the rest away and opens the fold when one of them is in use.
	 */
	public int lessCommonRestrictions() {
		long single = Stream.of(unit, obligation, visibility, likelihood, scheduleOwner, goal, manager, worksite)
			.filter(Objects::nonNull)
			.count();
		return category.size() + kind.size() + priority.size() + (int) single + (Boolean.TRUE.equals(noGoal) ? 1 : 0);
	}

	public int offset() {
		return (page - 1) * PAGE_SIZE;
	}

	private static <T> List<T> clean(@Nullable List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
	}

}
