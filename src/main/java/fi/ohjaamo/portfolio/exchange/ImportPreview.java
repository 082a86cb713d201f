package fi.ohjaamo.portfolio.exchange;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.portfolio.ProjectCard;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file would do, row by row, before anything is written. It keeps the workbook it was made from,
 * so the commit checks every row again against the cards as they are then. {@code publicityKept} numbers the rows
 * that asked to make a card public for someone who may not publish: those cards keep their visibility.
 */
public record ImportPreview(RawWorkbook workbook, List<Row> rows, List<Integer> publicityKept) {

	/** One project row: what happens to which card, from which of its revisions, and what is wrong with it. */
	public record Row(int number, ImportAction action, @Nullable UUID projectId, int basedOnRevision, ProjectCard card,
			List<RowProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	public boolean committable() {
		return !rows.isEmpty() && rows.stream().allMatch(Row::ok);
	}

	public long count(ImportAction action) {
		return rows.stream().filter(r -> r.ok() && r.action() == action).count();
	}

	public long problemRows() {
		return rows.stream().filter(r -> !r.ok()).count();
	}

}
