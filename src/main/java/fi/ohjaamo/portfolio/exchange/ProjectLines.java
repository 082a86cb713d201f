package fi.ohjaamo.portfolio.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ResourceLine;
import org.jspecify.annotations.Nullable;

/**
 * The cost and resource lines a file gives for one project row, with the spreadsheet row each came from. A list
 * is null when its sheet has no row for the project: then the card keeps the lines it has.
 */
final class ProjectLines {

	static final ProjectLines NONE = new ProjectLines();

	@Nullable List<CostLine> costs;

	final List<Integer> costRows = new ArrayList<>();

	@Nullable List<ResourceLine> resources;

	final List<Integer> resourceRows = new ArrayList<>();

	final List<RowProblem> problems = new ArrayList<>();

	/** The sheets' names as the file has them, to name them in problems as the person sees them. */
	final Map<LineSheet, String> sheetNames = new EnumMap<>(LineSheet.class);

	/** The card with the lines the file gives in place of its own. */
	ProjectCard applyTo(ProjectCard card) {
		var result = card;
		if (costs != null) {
			result = result.withCosts(costs);
		}
		if (resources != null) {
			result = result.withResources(resources);
		}
		return result;
	}

	/** The spreadsheet row and sheet of a line a card rule names ("costs[2].amountMin"), if the file gave it. */
	Optional<Origin> origin(String field) {
		for (var sheet : LineSheet.values()) {
			String prefix = sheet.cardField + "[";
			if (field.startsWith(prefix) && field.indexOf(']') > prefix.length()) {
				int index = Integer.parseInt(field.substring(prefix.length(), field.indexOf(']')));
				var rows = sheet == LineSheet.COSTS ? costRows : resourceRows;
				boolean given = (sheet == LineSheet.COSTS ? costs : resources) != null;
				if (!given || index >= rows.size()) {
					return Optional.empty();
				}
				String lineField = field.substring(field.indexOf(']') + 1).replaceFirst("^\\.", "");
				var column = sheet.columns.stream()
					.filter(c -> !c.key() && (lineField.equals(c.field) || lineField.startsWith(c.field + ".")))
					.findFirst();
				return Optional.of(new Origin(sheetNames.getOrDefault(sheet, ""), sheet, rows.get(index),
						column.orElse(null)));
			}
		}
		return Optional.empty();
	}

	record Origin(String sheetName, LineSheet sheet, int row, @Nullable LineColumn column) {
	}

}
