package fi.ohjaamo.capacity;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One party's quarters as the chart script reads them from the canvas's data attributes: quarters separated by
 * "|", numbers by "," with a dot for decimals, an empty value where capacity is not set.
 */
public record CapacityChart(String labels, String low, String high, String capacity) {

	static CapacityChart of(PartyOutlook outlook) {
		return new CapacityChart(join(outlook, load -> load.quarter().toString(), "|"),
				join(outlook, load -> number(load.demandLow()), ","),
				join(outlook, load -> number(load.demandHigh()), ","),
				join(outlook, load -> load.capacity() == null ? "" : load.capacity().stripTrailingZeros().toPlainString(), ","));
	}

	private static String join(PartyOutlook outlook, Function<QuarterLoad, String> value, String separator) {
		return outlook.quarters().stream().map(value).collect(Collectors.joining(separator));
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
