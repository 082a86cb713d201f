package fi.ohjaamo.publication.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.ohjaamo.publication.PublicCost;
import fi.ohjaamo.publication.PublicProject;
import fi.ohjaamo.publication.PublishedPlans.PublicPlan;
import fi.ohjaamo.publication.PublishedPlans.PublicPlanGroup;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * The published projects, or an approved plan's projects, as CSV (RFC 4180, UTF-8), one row per project, columns as
 * in docs/open-data.md. A text
 * that a spreadsheet would read as a formula gets a leading apostrophe, so opening the file runs nothing.
 */
final class OpenDataCsv {

	static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> COLUMNS = List.of("id", "number", "title", "category", "service_area", "unit", "kind",
			"status", "description", "impact_summary", "schedule_start", "schedule_end", "strategic_goals", "costs",
			"updated_at", "licence");

	private OpenDataCsv() {
	}

	/** Columns of an approved plan's CSV: the project's number and group in the plan, then a project's columns. */
	static final List<String> PLAN_COLUMNS = Stream.concat(Stream.of("plan_number", "plan_group"), COLUMNS.stream())
		.toList();

	static String of(List<PublicProject> projects) {
		return write(COLUMNS, projects.stream().map(OpenDataCsv::row));
	}

	/** An approved plan as frozen, one row per project in the plan's order, with its number and group heading. */
	static String of(PublicPlan plan) {
		var rows = new ArrayList<List<String>>();
		plan.groups().forEach(group -> addRows(group, "", rows));
		return write(PLAN_COLUMNS, rows.stream());
	}

	private static void addRows(PublicPlanGroup group, String parents, List<List<String>> rows) {
		String heading = parents.isEmpty() ? group.number() + " " + group.heading()
				: parents + " / " + group.number() + " " + group.heading();
		for (var entry : group.projects()) {
			rows.add(Stream.concat(Stream.of(entry.number(), heading), row(entry.project()).stream()).toList());
		}
		group.subgroups().forEach(subgroup -> addRows(subgroup, heading, rows));
	}

	private static List<String> row(PublicProject p) {
		return List.of(p.id().toString(), p.number(), p.title(), p.category().name(), p.serviceArea(), p.unit(),
				p.kind().name(), p.status().name(), p.description(), p.impactSummary(), p.scheduleStart(),
				p.scheduleEnd(), String.join("; ", p.goals()), costs(p.costs()), p.updatedAt().toString(),
				OpenLicence.NAME);
	}

	private static String write(List<String> columns, Stream<List<String>> rows) {
		var out = new StringWriter();
		var format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
		try (var printer = new CSVPrinter(out, format)) {
			for (var row : (Iterable<List<String>>) rows::iterator) {
				printer.printRecord(row.stream().map(OpenDataCsv::neutralised).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Cost lines as kind/from/to/min/max/vat, separated by "; "; an unknown amount is "?". */
	private static String costs(List<PublicCost> costs) {
		return costs.stream()
			.map(c -> String.join("/", c.kind().name(), text(c.fromYear()), text(c.toYear()),
					c.amountUnknown() ? "?" : amount(c.amountMin()), c.amountUnknown() ? "?" : amount(c.amountMax()),
					c.vat().name()))
			.collect(Collectors.joining("; "));
	}

	static String neutralised(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static String amount(@Nullable BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

	private static String text(@Nullable Integer year) {
		return year == null ? "" : year.toString();
	}

}
