package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.Party;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.capacity.QuarterLoad;

/**
 * Gives the generated city capacity so that the capacity page has something to compare: IT and the first service
 * area get, in every quarter the plan's demand reaches, the median of the quarters' high demand, so that about
 * half of the quarters are overloaded. Added once, when the city has no capacity yet.
 */
class DatasetCapacity {

	private final Capacities capacities;

	DatasetCapacity(Capacities capacities) {
		this.capacities = capacities;
	}

	void generate(DatasetCity city) {
		var plan = capacities.currentPlan(city.id());
		var area = Party.serviceArea(city.areas().getFirst().id());
		var span = capacities.outlook(city.id(), plan);
		if (span.quarters().isEmpty() || span.it().quarters().stream().anyMatch(q -> q.capacity() != null)) {
			return;
		}
		var outlook = capacities.outlook(city.id(), plan, span.quarters().getFirst().year(),
				span.quarters().getLast().year(), List.of(area));
		var days = new LinkedHashMap<Party, Map<Quarter, BigDecimal>>();
		days.put(Party.IT, median(outlook.it().quarters()));
		days.put(area, median(outlook.of(area).orElseThrow().quarters()));
		capacities.set(city.itManagement(), days);
	}

	private static Map<Quarter, BigDecimal> median(List<QuarterLoad> loads) {
		var highs = loads.stream().mapToDouble(QuarterLoad::demandHigh).filter(d -> d > 0).sorted().toArray();
		var median = BigDecimal.valueOf(highs.length == 0 ? 100 : highs[highs.length / 2]).setScale(0, RoundingMode.HALF_UP);
		var days = new LinkedHashMap<Quarter, BigDecimal>();
		loads.forEach(load -> days.put(load.quarter(), median));
		return days;
	}

}
