package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** Puts spread demand and set capacity side by side per party and quarter. Pure, so unit tests reach it. */
final class OutlookAssembly {

	private OutlookAssembly() {
	}

	/**
	 * @param parties the parties to show besides IT (the service areas that have capacity)
	 * @param quarters the quarters to show; null for every quarter from the first to the last with demand or capacity
	 */
	static CapacityOutlook assemble(DemandSpread.Demand demand, Map<Party, Map<Quarter, BigDecimal>> capacities,
			Collection<Party> parties, @Nullable List<Quarter> quarters) {
		var shown = new TreeSet<Party>(parties);
		shown.add(Party.IT);
		var columns = quarters != null ? quarters : span(demand, capacities, shown);
		var outlooks = new ArrayList<PartyOutlook>();
		for (var party : shown) {
			SortedMap<Quarter, List<ProjectShare>> shares = demand.shares().getOrDefault(party, new TreeMap<>());
			Map<Quarter, BigDecimal> capacity = capacities.getOrDefault(party, Map.of());
			var loads = columns.stream().map(q -> load(q, capacity.get(q), shares.getOrDefault(q, List.of()))).toList();
			outlooks.add(new PartyOutlook(party, loads, demand.unknownEffort().getOrDefault(party, List.of())));
		}
		return new CapacityOutlook(columns, outlooks, demand.notScheduled());
	}

	private static QuarterLoad load(Quarter quarter, @Nullable BigDecimal capacity, List<ProjectShare> shares) {
		double low = shares.stream().mapToDouble(ProjectShare::low).sum();
		double high = shares.stream().mapToDouble(ProjectShare::high).sum();
		return new QuarterLoad(quarter, capacity, low, high, shares);
	}

	private static List<Quarter> span(DemandSpread.Demand demand, Map<Party, Map<Quarter, BigDecimal>> capacities,
			SortedSet<Party> parties) {
		var all = parties.stream()
			.flatMap(p -> Stream.concat(demand.shares().getOrDefault(p, new TreeMap<>()).keySet().stream(),
					capacities.getOrDefault(p, Map.of()).keySet().stream()))
			.sorted()
			.toList();
		if (all.isEmpty()) {
			return List.of();
		}
		return Quarter.ofYears(all.getFirst().year(), all.getLast().year())
			.stream()
			.filter(q -> q.compareTo(all.getFirst()) >= 0 && q.compareTo(all.getLast()) <= 0)
			.toList();
	}

}
