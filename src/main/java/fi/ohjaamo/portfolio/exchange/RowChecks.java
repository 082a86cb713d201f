package fi.ohjaamo.portfolio.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PortfolioCards;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * The checks of one row beyond its cells: which card it updates (by id, else by number, only ever within the
 * organisation), whether the person may write it, and the same rules the card form applies.
 */
@Component
class RowChecks {

	record Target(@Nullable Project project) {
	}

	private final Projects projects;

	private final PortfolioCards cards;

	private final ProjectCardRules rules;

	private final MessageSource messages;

	private final CardLabels labels;

	RowChecks(Projects projects, PortfolioCards cards, ProjectCardRules rules, MessageSource messages,
			CardLabels labels) {
		this.projects = projects;
		this.cards = cards;
		this.rules = rules;
		this.messages = messages;
		this.labels = labels;
	}

	/** The card the row updates, or none for a new project; another organisation's id is as unknown as a random one. */
	Target target(CurrentUser user, RawSheet.Row row, Map<ExchangeColumn, Integer> columns, Locale locale,
			List<RowProblem> problems) {
		String id = cell(row, columns, ExchangeColumn.ID);
		if (!id.isEmpty()) {
			// Looked up without an exception: one thrown inside the preview's transaction would spoil it.
			var projectId = parse(id);
			if (projectId == null || cards.revisionOf(user.organisationId(), projectId).isEmpty()) {
				problems.add(problem(row, ExchangeColumn.ID, "exchange.problem.unknownProject", locale, id));
				return new Target(null);
			}
			var project = projects.get(user.organisationId(), projectId);
			checkRevision(row, columns, project, locale, problems);
			return new Target(project);
		}
		String number = SpreadsheetText.restore(cell(row, columns, ExchangeColumn.NUMBER));
		var numbered = number.isEmpty() ? List.<UUID>of() : cards.numbered(user.organisationId(), number);
		if (numbered.size() > 1) {
			problems.add(problem(row, ExchangeColumn.NUMBER, "exchange.problem.ambiguousNumber", locale, number));
		}
		if (numbered.size() != 1) {
			return new Target(null);
		}
		var project = projects.get(user.organisationId(), numbered.getFirst());
		checkRevision(row, columns, project, locale, problems);
		return new Target(project);
	}

	/** Permission and the card's own rules, reported in the columns that hold the offending fields. */
	void check(CurrentUser user, int rowNumber, @Nullable Project project, ProjectCard card, ProjectLines lines,
			Locale locale, List<RowProblem> problems) {
		if (!mayWrite(user, project, card)) {
			problems.add(new RowProblem(rowNumber, "", labels.message("exchange.problem.notAllowed", locale)));
		}
		var errors = new BeanPropertyBindingResult(card, "card");
		rules.check(user.organisationId(), card, project == null ? null : project.getStatus(), errors);
		for (var error : errors.getAllErrors()) {
			String field = error instanceof FieldError f ? f.getField() : "";
			String column = lines.origin(field)
				.map(origin -> labels.message("exchange.problem.lineCell", locale, origin.sheetName(), origin.row(),
						origin.column() == null ? "" : labels.heading(origin.sheet(), origin.column(), locale)))
				.orElseGet(() -> java.util.Arrays.stream(ExchangeColumn.values())
					.filter(c -> !field.isEmpty() && c.holds(field))
					.findFirst()
					.map(c -> labels.heading(c, locale))
					.orElse(""));
			boolean alreadyReported = problems.stream()
				.anyMatch(p -> p.row() == rowNumber && !column.isEmpty() && p.column().equals(column));
			if (!alreadyReported) {
				problems.add(new RowProblem(rowNumber, column, messages.getMessage(error, locale)));
			}
		}
	}

	private boolean mayWrite(CurrentUser user, @Nullable Project project, ProjectCard card) {
		boolean mayPlace = user.ownsPortfolio()
				|| (card.serviceAreaId() != null && user.mayEditServiceArea(card.serviceAreaId()));
		if (project == null) {
			return mayPlace;
		}
		return projects.mayEdit(user, project)
				&& (Objects.equals(project.getServiceAreaId(), card.serviceAreaId()) || mayPlace);
	}

	private void checkRevision(RawSheet.Row row, Map<ExchangeColumn, Integer> columns, Project project, Locale locale,
			List<RowProblem> problems) {
		String revision = cell(row, columns, ExchangeColumn.REVISION);
		if (!revision.isEmpty() && !revision.equals(String.valueOf(project.getRevision()))) {
			problems.add(problem(row, ExchangeColumn.REVISION, "exchange.problem.changedSinceExport", locale, revision,
					project.getRevision()));
		}
	}

	private RowProblem problem(RawSheet.Row row, ExchangeColumn column, String key, Locale locale, Object... arguments) {
		return new RowProblem(row.number(), labels.heading(column, locale), labels.message(key, locale, arguments));
	}

	private static @Nullable UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String cell(RawSheet.Row row, Map<ExchangeColumn, Integer> columns, ExchangeColumn column) {
		Integer index = columns.get(column);
		return index == null ? "" : row.cell(index).strip();
	}

}
