package fi.ohjaamo.exchange;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.exchange.ImportPreview.Action;
import fi.ohjaamo.registers.SystemDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded application list would do to the register, row by row, before anything is written. It keeps
 * the workbook it was made from, so the commit checks every row again against the register as it is then.
 */
public record SystemImportPreview(RawWorkbook workbook, List<Row> rows) {

	/**
	 * One system row: what happens to which system from which of its versions, the vendor to create when the
	 * register does not know it yet, the headings of the columns an update changes, and what is wrong with it.
	 */
	public record Row(int number, Action action, @Nullable UUID systemId, long basedOnVersion,
			SystemDefinition definition, @Nullable String newVendor, List<String> changes, List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	public boolean committable() {
		return !rows.isEmpty() && rows.stream().allMatch(Row::ok);
	}

	public long count(Action action) {
		return rows.stream().filter(r -> r.ok() && r.action() == action).count();
	}

	public long problemRows() {
		return rows.stream().filter(r -> !r.ok()).count();
	}

	/** The vendors the import creates, each once however many rows name it. */
	public long newVendors() {
		return rows.stream()
			.filter(r -> r.ok() && r.newVendor() != null)
			.map(r -> OrganisationNames.normal(r.newVendor()))
			.distinct()
			.count();
	}

}
