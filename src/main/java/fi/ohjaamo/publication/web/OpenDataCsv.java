package fi.ohjaamo.publication.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import fi.ohjaamo.publication.PublicCost;
import fi.ohjaamo.publication.PublicProject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The published projects as CSV (RFC 4180, UTF-8), one row per project, columns as in docs/open-data.md. A text
 * that a spreadsheet would read as a formula gets a leading apostrophe, so opening the file runs nothing.
 */
final class OpenDataCsv {

	static final List<String> COLUMNS = List.of("id", "number", "title", "category", "service_area", "unit", "kind",
			"status", "description", "impact_summary", "schedule_start", "schedule_end", "strategic_goals", "costs",
			"updated_at", "licence");

	private OpenDataCsv() {
	}

	static String of(List<PublicProject> projects) {
		var out = new StringWriter();
		var format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
		try (var printer = new CSVPrinter(out, format)) {
			for (var p : projects) {
				printer.printRecord(List.of(p.id().toString(), p.number(), p.title(), p.category().name(),
						p.serviceArea(), p.unit(), p.kind().name(), p.status().name(), p.description(),
						p.impactSummary(), p.scheduleStart(), p.scheduleEnd(), String.join("; ", p.goals()),
						costs(p.costs()), p.updatedAt().toString(), OpenLicence.NAME)
					.stream()
					.map(OpenDataCsv::neutralised)
					.toList());
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
