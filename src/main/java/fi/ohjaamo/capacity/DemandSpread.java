package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import org.jspecify.annotations.Nullable;

/**
 * Spreads the plan's work over the projects' schedules: each resource line evenly over every month from the first
 * month of the start to the last month of the end, the months then summed per quarter. A range gives a low and a
 * high estimate; a single number gives both; a line without amounts is counted as unknown effort. Person-years
 * become person-days at the configured rate. Service-area lines load the project's own service area.
 */
public final class DemandSpread {

	/** Largest share first, so the page names the projects that matter most. */
	static final Comparator<ProjectShare> LARGEST_FIRST = Comparator.comparingDouble(ProjectShare::high)
		.reversed()
		.thenComparing(Comparator.comparingDouble(ProjectShare::low).reversed())
		.thenComparing(ProjectShare::title);

	/** The spread demand: per party and quarter the projects' shares, the unknown efforts, the unscheduled work. */
	public record Demand(Map<Party, SortedMap<Quarter, List<ProjectShare>>> shares,
			Map<Party, List<ProjectShare>> unknownEffort, List<PlannedWork> notScheduled) {
	}

	private final double personDaysPerYear;

	public DemandSpread(double personDaysPerYear) {
		this.personDaysPerYear = personDaysPerYear;
	}

	/**
	 * @param serviceAreaOf each project's service area; projects without one give no service-area demand
	 */
	public Demand spread(Collection<PlannedWork> plan, Map<UUID, UUID> serviceAreaOf) {
		var sums = new HashMap<Party, SortedMap<Quarter, Map<UUID, double[]>>>();
		var unknown = new HashMap<Party, Set<UUID>>();
		var titles = new HashMap<UUID, String>();
		var notScheduled = new ArrayList<PlannedWork>();
		for (var work : plan) {
			titles.put(work.projectId(), work.title());
			var lines = work.resources().stream().filter(DemandSpread::needsCapacity).toList();
			if (lines.isEmpty()) {
				continue;
			}
			if (!work.isScheduled()) {
				notScheduled.add(work);
				continue;
			}
			for (var line : lines) {
				var party = partyOf(line, serviceAreaOf.get(work.projectId()));
				if (party == null) {
					continue;
				}
				// An effort in persons or per process is a need that cannot be counted in days: it is listed as unknown.
				var unit = line.effortUnit();
				if (unit == null || !unit.isWork() || line.amountMin() == null && line.amountMax() == null) {
					unknown.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(work.projectId());
					continue;
				}
				spreadLine(work, line, sums.computeIfAbsent(party, p -> new TreeMap<>()));
			}
		}
		return new Demand(shares(sums, titles), unknownShares(unknown, titles), notScheduled);
	}

	private void spreadLine(PlannedWork work, ResourceLine line, SortedMap<Quarter, Map<UUID, double[]>> quarters) {
		double low = days(line, first(line.amountMin(), line.amountMax()));
		double high = days(line, first(line.amountMax(), line.amountMin()));
		int from = Objects.requireNonNull(work.start(), "only scheduled work is spread").startIndex();
		int to = Objects.requireNonNull(work.end(), "only scheduled work is spread").endIndex();
		int months = to - from + 1;
		for (int month = from; month <= to; month++) {
			var share = quarters.computeIfAbsent(Quarter.ofMonthIndex(month), q -> new LinkedHashMap<>())
				.computeIfAbsent(work.projectId(), id -> new double[2]);
			share[0] += Math.min(low, high) / months;
			share[1] += Math.max(low, high) / months;
		}
	}

	private double days(ResourceLine line, BigDecimal amount) {
		return line.effortUnit() == EffortUnit.PERSON_YEARS ? amount.doubleValue() * personDaysPerYear
				: amount.doubleValue();
	}

	private static BigDecimal first(@Nullable BigDecimal preferred, @Nullable BigDecimal other) {
		return preferred != null ? preferred : java.util.Objects.requireNonNull(other);
	}

	private static boolean needsCapacity(ResourceLine line) {
		return line.party() == ResourceParty.IT || line.party() == ResourceParty.SERVICE_AREA;
	}

	private static @Nullable Party partyOf(ResourceLine line, @Nullable UUID serviceArea) {
		if (line.party() == ResourceParty.IT) {
			return Party.IT;
		}
		return serviceArea == null ? null : Party.serviceArea(serviceArea);
	}

	private static Map<Party, SortedMap<Quarter, List<ProjectShare>>> shares(
			Map<Party, SortedMap<Quarter, Map<UUID, double[]>>> sums, Map<UUID, String> titles) {
		var shares = new HashMap<Party, SortedMap<Quarter, List<ProjectShare>>>();
		sums.forEach((party, quarters) -> {
			var byQuarter = new TreeMap<Quarter, List<ProjectShare>>();
			quarters.forEach((quarter, projects) -> byQuarter.put(quarter, projects.entrySet()
				.stream()
				.map(e -> new ProjectShare(e.getKey(), titleOf(titles, e.getKey()), e.getValue()[0], e.getValue()[1]))
				.sorted(LARGEST_FIRST)
				.toList()));
			shares.put(party, byQuarter);
		});
		return shares;
	}

	private static Map<Party, List<ProjectShare>> unknownShares(Map<Party, Set<UUID>> unknown,
			Map<UUID, String> titles) {
		var result = new HashMap<Party, List<ProjectShare>>();
		unknown.forEach((party, ids) -> result.put(party, ids.stream()
			.map(id -> new ProjectShare(id, titleOf(titles, id), 0, 0))
			.sorted(Comparator.comparing(ProjectShare::title))
			.toList()));
		return result;
	}

	private static String titleOf(Map<UUID, String> titles, UUID projectId) {
		return Objects.requireNonNull(titles.get(projectId), "every planned project's title is known");
	}

}
