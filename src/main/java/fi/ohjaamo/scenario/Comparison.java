package fi.ohjaamo.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import fi.ohjaamo.capacity.Party;
import fi.ohjaamo.capacity.PartyOutlook;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import fi.ohjaamo.shared.web.ChartData;
import fi.ohjaamo.shared.web.ChartData.Look;
import fi.ohjaamo.shared.web.ChartData.Series;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans side by side as the pages show them: capacity and demand per quarter of every party that has capacity (IT
 * always, service areas once their capacity is set) and the costs per year, each cell marked when it differs from the
 * first column (the current plan), and the same numbers for the charts as JSON.
 */
public record Comparison(List<String> names, List<PlanColumn> columns, List<PartyFigures> capacity,
		List<CostRow> costs, List<List<String>> overloads, String costChart) {

	/** One party's quarters in every plan, named as the page shows the party, with its chart's numbers. */
	public record PartyFigures(String name, List<CapacityRow> rows, String chart) {
	}

	/** A party's quarter in every plan. */
	public record CapacityRow(Quarter quarter, List<CapacityCell> cells) {
	}

	/** Person-days, whole; {@code difference} is the high estimate's change from the current plan. */
	public record CapacityCell(@Nullable BigDecimal capacity, BigDecimal low, BigDecimal high, boolean overloaded,
			boolean changed, BigDecimal difference) {

		public boolean isRange() {
			return low.compareTo(high) != 0;
		}

	}

	public record CostRow(int year, List<CostCell> cells) {
	}

	/** A year's costs in one plan, and their upper ends' change from the current plan. */
	public record CostCell(CostSum oneOff, CostSum recurring, boolean changed, BigDecimal oneOffDifference,
			BigDecimal recurringDifference) {
	}

	/** IT first, then the service areas by name, as the capacity page orders them. */
	static Comparison of(List<String> names, List<PlanColumn> columns, Function<Party, String> partyNames,
			JsonMapper json) {
		var capacity = new ArrayList<PartyFigures>();
		columns.getFirst().outlook().parties().stream()
			.map(PartyOutlook::party)
			.sorted(Comparator.comparing((Party p) -> !p.isIt()).thenComparing(partyNames))
			.forEach(party -> {
				var rows = rows(party, columns);
				if (!rows.isEmpty()) {
					capacity.add(new PartyFigures(partyNames.apply(party), rows, capacityChart(names, rows, json)));
				}
			});
		var costs = new ArrayList<CostRow>();
		var years = columns.getFirst().costs().years();
		for (int i = 0; i < years.size(); i++) {
			var base = years.get(i);
			var cells = new ArrayList<CostCell>();
			for (var column : columns) {
				var year = column.costs().years().get(i);
				var oneOff = year.oneOff().max().subtract(base.oneOff().max());
				var recurring = year.recurring().max().subtract(base.recurring().max());
				boolean changed = !same(year.oneOff(), base.oneOff()) || !same(year.recurring(), base.recurring());
				cells.add(new CostCell(year.oneOff(), year.recurring(), changed, oneOff, recurring));
			}
			costs.add(new CostRow(base.year(), cells));
		}
		var overloads = columns.stream().map(c -> overloads(c, partyNames)).toList();
		return new Comparison(names, columns, capacity, costs, overloads, costChart(names, columns, json));
	}

	/** The quarters where the party has demand or capacity in any plan, each with its cell in every plan. */
	private static List<CapacityRow> rows(Party party, List<PlanColumn> columns) {
		var quarters = new TreeSet<Quarter>();
		columns.forEach(c -> c.outlook().of(party).stream()
			.flatMap(p -> p.quarters().stream())
			.filter(q -> q.hasDemand() || q.capacity() != null)
			.forEach(q -> quarters.add(q.quarter())));
		var rows = new ArrayList<CapacityRow>();
		for (var quarter : quarters) {
			var cells = new ArrayList<CapacityCell>();
			BigDecimal first = null;
			for (var column : columns) {
				var load = column.outlook().of(party).flatMap(p -> p.in(quarter)).orElse(null);
				var cell = cell(load, first);
				first = first == null ? cell.high() : first;
				cells.add(cell);
			}
			rows.add(new CapacityRow(quarter, cells));
		}
		return rows;
	}

	/** A plan's overloaded quarters, each named with its party: "IT Q3/2027". */
	private static List<String> overloads(PlanColumn column, Function<Party, String> partyNames) {
		return column.outlook().parties().stream()
			.flatMap(p -> p.quarters().stream().filter(QuarterLoad::mayExceed)
				.map(q -> partyNames.apply(p.party()) + " " + q.quarter()))
			.toList();
	}

	public boolean hasOverloads() {
		return overloads.stream().anyMatch(list -> !list.isEmpty());
	}

	private static CapacityCell cell(@Nullable QuarterLoad load, @Nullable BigDecimal first) {
		var low = whole(load == null ? 0 : load.demandLow());
		var high = whole(load == null ? 0 : load.demandHigh());
		var difference = first == null ? BigDecimal.ZERO : high.subtract(first);
		return new CapacityCell(load == null ? null : load.capacity(), low, high, load != null && load.mayExceed(),
				difference.signum() != 0, difference);
	}

	private static boolean same(CostSum a, CostSum b) {
		return a.min().compareTo(b.min()) == 0 && a.max().compareTo(b.max()) == 0;
	}

	private static BigDecimal whole(double personDays) {
		return BigDecimal.valueOf(personDays).setScale(0, RoundingMode.HALF_UP);
	}

	private static String capacityChart(List<String> names, List<CapacityRow> rows, JsonMapper json) {
		var series = new ArrayList<Series>();
		// The capacity is the organisation's, the same in every plan; a quarter without one is a gap in the line.
		series.add(Series.keyed(Look.LEVEL, "capacity", 0,
				rows.stream().<@Nullable BigDecimal>map(r -> r.cells().getFirst().capacity()).toList()));
		for (int i = 0; i < names.size(); i++) {
			int column = i;
			series.add(new Series(Look.BAR, null, names.get(i), i,
					rows.stream().<@Nullable BigDecimal>map(r -> r.cells().get(column).high()).toList(), null));
		}
		return new ChartData(rows.stream().map(r -> r.quarter().toString()).toList(), series).json(json);
	}

	/** Each plan's one-off and recurring costs stacked in a bar of the plan's colour, recurring the lighter part. */
	private static String costChart(List<String> names, List<PlanColumn> columns, JsonMapper json) {
		var series = new ArrayList<Series>();
		for (int i = 0; i < names.size(); i++) {
			var years = columns.get(i).costs().years();
			series.add(new Series(Look.BAR, "oneOff", names.get(i), i,
					years.stream().<@Nullable BigDecimal>map(y -> y.oneOff().max()).toList(), "s" + i));
			series.add(new Series(Look.LIGHT_BAR, "recurring", names.get(i), i,
					years.stream().<@Nullable BigDecimal>map(y -> y.recurring().max()).toList(), "s" + i));
		}
		var labels = columns.getFirst().costs().years().stream().map(y -> String.valueOf(y.year())).toList();
		return new ChartData(labels, series).json(json);
	}

}
