package fi.ohjaamo.portfolio.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.exchange.ExchangeProperties;
import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RawWorkbook;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SheetReader;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.EditConflictException;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports projects from a spreadsheet in two steps: a preview that writes nothing, then a commit that checks every
 * row again and writes all of them in one transaction, or none when any row fails or a card changed meanwhile.
 */
@Service
@Transactional(readOnly = true)
public class ProjectImport {

	private final SheetReader reader;

	private final CardLabels labels;

	private final OrganisationNames organisationNames;

	private final RowChecks checks;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	ProjectImport(ExchangeProperties limits, CardLabels labels, OrganisationNames organisationNames,
			RowChecks checks, Projects projects, ApplicationEventPublisher events) {
		this.reader = new SheetReader(limits);
		this.labels = labels;
		this.organisationNames = organisationNames;
		this.checks = checks;
		this.projects = projects;
		this.events = events;
	}

	/** @throws ImportRejected when the file as a whole cannot be read */
	public ImportPreview preview(CurrentUser user, byte[] file, Locale locale) {
		return preview(user, reader.read(file, name -> labels.lineSheet(name).isPresent()), locale);
	}

	/**
	 * Writes every row of the preview, checked again now.
	 * @throws ImportRejected when a row fails now or a card changed after the preview; nothing is written then
	 */
	@Transactional
	public ImportPreview commit(CurrentUser user, ImportPreview seen, Locale locale) {
		var now = preview(user, seen.workbook(), locale);
		if (!now.committable()) {
			throw new ImportRejected("exchange.rejected.problemsNow");
		}
		for (int i = 0; i < now.rows().size(); i++) {
			var row = now.rows().get(i);
			var before = seen.rows().get(i);
			if (row.action() != before.action() || row.basedOnRevision() != before.basedOnRevision()) {
				throw new ImportRejected("exchange.rejected.stale", row.number());
			}
		}
		try {
			for (var row : now.rows()) {
				switch (row.action()) {
					case CREATE -> projects.create(user, row.card());
					case UPDATE -> projects.revise(user,
							Objects.requireNonNull(row.projectId(), "an update names its project"), row.card(),
							row.basedOnRevision());
					case UNCHANGED -> {
					}
				}
			}
		}
		catch (EditConflictException ex) {
			throw new ImportRejected("exchange.rejected.stale", "");
		}
		events.publishEvent(new ProjectsImported(user.organisationId(), (int) now.count(ImportAction.CREATE),
				(int) now.count(ImportAction.UPDATE)));
		return now;
	}

	private ImportPreview preview(CurrentUser user, RawWorkbook workbook, Locale locale) {
		var sheet = workbook.first();
		var columns = columns(sheet);
		var lines = new LineReader(labels, locale).read(workbook, columns);
		var names = organisationNames.of(user.organisationId());
		var parser = new RowParser(labels, names, locale);
		Set<UUID> seen = new HashSet<>();
		var rows = new ArrayList<ImportPreview.Row>();
		var publicityKept = new ArrayList<Integer>();
		for (var raw : sheet.rows()) {
			var problems = new ArrayList<RowProblem>();
			var target = checks.target(user, raw, columns, locale, problems);
			if (target.project() != null && !seen.add(target.project().getId())) {
				problems.add(new RowProblem(raw.number(), "", labels.message("exchange.problem.sameProjectTwice", locale)));
			}
			ProjectCard base = target.project() == null ? ProjectCard.blank(null) : target.project().card();
			var given = lines.getOrDefault(raw.number(), ProjectLines.NONE);
			problems.addAll(given.problems);
			var card = given.applyTo(parser.parse(raw, columns, base, problems));
			// Making a card public is IT management's decision (ADR 0013): for anyone else the card keeps its visibility.
			if (card.visibility() == Visibility.PUBLIC && base.visibility() != Visibility.PUBLIC
					&& !projects.mayPublish(user)) {
				card = card.withVisibility(base.visibility() == null ? Visibility.INTERNAL : base.visibility());
				publicityKept.add(raw.number());
			}
			ImportAction action = target.project() == null ? ImportAction.CREATE
					: card.equals(base) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
			// A row that changes nothing needs no permission: an exported list holds cards the person may only read.
			if (action != ImportAction.UNCHANGED) {
				checks.check(user, raw.number(), target.project(), card, given, locale, problems);
			}
			rows.add(new ImportPreview.Row(raw.number(), action,
					target.project() == null ? null : target.project().getId(),
					target.project() == null ? 0 : target.project().getRevision(), card, List.copyOf(problems)));
		}
		return new ImportPreview(workbook, List.copyOf(rows), List.copyOf(publicityKept));
	}

	/** The columns the file has, found by their headings; a file without titles or ids is not a project list. */
	private Map<ExchangeColumn, Integer> columns(RawSheet sheet) {
		var columns = new EnumMap<ExchangeColumn, Integer>(ExchangeColumn.class);
		sheet.headings().forEach((index, heading) -> labels.column(heading).ifPresent(column -> {
			if (columns.putIfAbsent(column, index) != null) {
				throw new ImportRejected("exchange.rejected.duplicateColumn", heading);
			}
		}));
		if (!columns.containsKey(ExchangeColumn.TITLE) && !columns.containsKey(ExchangeColumn.ID)) {
			throw new ImportRejected("exchange.rejected.noColumns");
		}
		if (sheet.rows().isEmpty()) {
			throw new ImportRejected("exchange.rejected.noRows");
		}
		return columns;
	}

}
