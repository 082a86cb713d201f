package fi.ohjaamo.portfolio;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The columns the portfolio sorts by, each with its SQL; anything else in the URL falls back to the number. */
enum PortfolioSort {

	NUMBER("p.number_sort_key"), TITLE("lower(p.title)"),
	STATUS("case p.status when 'IDEA' then 1 when 'PROPOSAL' then 2 when 'ASSESSED' then 3 when 'APPROVED' then 4 "
			+ "when 'IN_PROGRESS' then 5 when 'DONE' then 6 when 'REJECTED' then 7 else 8 end"),
	PRIORITY("case p.priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end"),
	START("p.start_month_index"), END("p.end_month_index"), UPDATED("p.updated_at");

	final String sql;

	PortfolioSort(String sql) {
		this.sql = sql;
	}

	static PortfolioSort of(@Nullable String name) {
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip()))
			.findFirst()
			.orElse(NUMBER);
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
