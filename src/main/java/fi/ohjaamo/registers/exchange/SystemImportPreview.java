package fi.ohjaamo.registers.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded register or application list would do to the register, row by row, before anything is written:
 * the systems sheet's rows and the rows of the other sheets (vendors, integrations, costs, contracts). It keeps the
 * workbook it was made from, so the commit checks every row again against the register as it is then.
 */
public record SystemImportPreview(RawWorkbook workbook, @Nullable Caption caption, List<Row> rows, List<Part> parts) {

	/** The caption rows skipped above the headings, in words, and the row the headings were read from. */
	public record Caption(int headingRow, String text) {
	}

	/**
	 * One system row: what happens to which system from which of its versions, the vendor to create when the
	 * register does not know it yet, the headings of the columns an update changes, the questions the system leaves
	 * unanswered (criticality, hosting, personal data, use logging; each in words, with a text the register could not
	 * read), and what is wrong with it.
	 */
	public record Row(int number, ImportAction action, @Nullable UUID systemId, long basedOnVersion,
			SystemDefinition definition, @Nullable String newVendor, List<String> changes, List<String> unknown,
			List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * One row of another sheet: the sheet's name as the file has it, the row, what happens, what the row is about
	 * ("Effica → Kanta", a vendor's name), the version of the record it was compared with, and what is wrong with it.
	 */
	public record Part(String sheet, int number, ImportAction action, String subject, long basedOnVersion, Write write,
			List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

		/** What a row writes; systems and vendors by name, since the import may add them first. */
		sealed interface Write {
		}

		record VendorWrite(@Nullable UUID vendorId, VendorDefinition definition) implements Write {
		}

		record IntegrationWrite(String system, String target, Direction direction, String method) implements Write {
		}

		record CostWrite(String system, int year, BigDecimal maintenance, BigDecimal licences) implements Write {
		}

		record ContractWrite(@Nullable UUID contractId, String subject, String vendor, String otherParties,
				List<String> systems, @Nullable BigDecimal value, @Nullable LocalDate startsOn,
				@Nullable LocalDate endsOn, @Nullable Integer noticeMonths, String options, String procurementReference,
				String documentLink) implements Write {
		}

	}

	/** How many rows of one sheet are added, changed, left as they are and have problems. */
	public record SheetSummary(String sheet, long create, long update, long unchanged, long problems) {
	}

	public boolean committable() {
		return !rows.isEmpty() && rows.stream().allMatch(Row::ok) && parts.stream().allMatch(Part::ok);
	}

	public long count(ImportAction action) {
		return rows.stream().filter(r -> r.ok() && r.action() == action).count();
	}

	/** The rows whose system, imported, leaves a question unanswered. */
	public long unansweredRows() {
		return rows.stream().filter(r -> !r.unknown().isEmpty()).count();
	}

	public long problemRows() {
		return rows.stream().filter(r -> !r.ok()).count();
	}

	/** The other sheets in the order they are written, each with its counts. */
	public List<SheetSummary> sheets() {
		var bySheet = new LinkedHashMap<String, List<Part>>();
		parts.forEach(p -> bySheet.computeIfAbsent(p.sheet(), s -> new java.util.ArrayList<>()).add(p));
		return bySheet.entrySet().stream()
			.map(e -> new SheetSummary(e.getKey(), count(e.getValue(), ImportAction.CREATE), count(e.getValue(), ImportAction.UPDATE),
					count(e.getValue(), ImportAction.UNCHANGED), e.getValue().stream().filter(p -> !p.ok()).count()))
			.toList();
	}

	private static long count(List<Part> parts, ImportAction action) {
		return parts.stream().filter(p -> p.ok() && p.action() == action).count();
	}

	/** The vendors the import creates, each once however many rows name it. */
	public long newVendors() {
		return rows.stream()
			.filter(r -> r.ok() && r.newVendor() != null)
			.map(r -> SpreadsheetText.normal(r.newVendor()))
			.distinct()
			.count();
	}

}
