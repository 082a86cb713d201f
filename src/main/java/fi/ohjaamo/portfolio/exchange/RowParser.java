package fi.ohjaamo.portfolio.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import fi.ohjaamo.exchange.RawSheet;
import fi.ohjaamo.exchange.RowProblem;
import fi.ohjaamo.exchange.SpreadsheetText;
import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.exchange.OrganisationNames.Names;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of text into a card: enum labels and names back to values and ids of the organisation, texts
 * with their formula guard removed. Every cell it cannot understand becomes a problem of that row and column.
 */
final class RowParser {

	private static final String LIST_SEPARATOR = ";";

	private final CardLabels labels;

	private final Names names;

	private final Locale locale;

	RowParser(CardLabels labels, Names names, Locale locale) {
		this.labels = labels;
		this.names = names;
		this.locale = locale;
	}

	ProjectCard parse(RawSheet.Row row, Map<ExchangeColumn, Integer> columns, ProjectCard base, List<RowProblem> problems) {
		// The card starts as the saved one (or a blank one) and each column found overwrites its field, so fields
		// without a column stay exactly as saved. Each column appears once, so the current value is the base card's.
		var draft = base.toBuilder();
		ImpactState[] states = base.impacts().stream().map(ImpactPart::state).toArray(ImpactState[]::new);
		String[] texts = base.impacts().stream().map(ImpactPart::text).toArray(String[]::new);
		@Nullable UUID serviceAreaId = base.serviceAreaId();
		for (var entry : columns.entrySet()) {
			ExchangeColumn column = entry.getKey();
			String text = SpreadsheetText.restore(row.cell(entry.getValue()).strip());
			Consumer<String> problem = key -> problems
				.add(new RowProblem(row.number(), labels.heading(column, locale), labels.message(key, locale, text)));
			switch (column) {
				case ID, REVISION, UPDATED -> {
				}
				case NUMBER -> draft.number(text);
				case TITLE -> draft.title(text);
				case CATEGORY -> draft.category(choice(column, text, problem, base.category()));
				case SERVICE_AREA -> {
					serviceAreaId = one(names.serviceAreas(text), text, problem);
					draft.serviceAreaId(serviceAreaId);
				}
				case UNIT -> {
				}
				case OBLIGATION -> draft.obligation(choice(column, text, problem, base.obligation()));
				case KIND -> draft.kind(choice(column, text, problem, base.kind()));
				case STATUS -> draft.status(choice(column, text, problem, base.status()));
				case VISIBILITY -> draft.visibility(choice(column, text, problem, base.visibility()));
				case PROJECT_MANAGER -> draft.projectManagerId(one(names.people().find(text), text, problem));
				case DESCRIPTION -> draft.description(text);
				case IMPACT_SUMMARY -> draft.impactSummary(text);
				case IMPACT_ORGANISATION_STATE -> states[0] = kept(column, text, problem, states[0]);
				case IMPACT_SECURITY_STATE -> states[1] = kept(column, text, problem, states[1]);
				case IMPACT_DATA_STATE -> states[2] = kept(column, text, problem, states[2]);
				case IMPACT_CASE_STATE -> states[3] = kept(column, text, problem, states[3]);
				case IMPACT_ORGANISATION_TEXT -> texts[0] = text;
				case IMPACT_SECURITY_TEXT -> texts[1] = text;
				case IMPACT_DATA_TEXT -> texts[2] = text;
				case IMPACT_CASE_TEXT -> texts[3] = text;
				case GOALS -> draft.goalIds(goals(text, problem));
				case NO_STRATEGIC_GOAL -> draft.noStrategicGoal(choice(column, text, problem,
						base.noStrategicGoal() ? YesNo.YES : YesNo.NO) == YesNo.YES);
				case SCHEDULE_START -> draft.scheduleStart(text);
				case SCHEDULE_END -> draft.scheduleEnd(text);
				case SCHEDULE_NOTE -> draft.scheduleNote(text);
				case LIKELIHOOD -> draft.likelihood(choice(column, text, problem, base.likelihood()));
				case LIKELIHOOD_NOTE -> draft.likelihoodNote(text);
				case PRIORITY -> draft.priority(choice(column, text, problem, base.priority()));
				case SCHEDULE_OWNER -> draft.scheduleOwner(choice(column, text, problem, base.scheduleOwner()));
				case WORKSITE -> draft.worksiteId(one(names.worksites().find(text), text, problem));
				case COST_NOTE -> draft.costNote(text);
				case RESOURCE_NOTE -> draft.resourceNote(text);
			}
		}
		// A unit is named within its service area, so it is read once the service area is known.
		Integer unitColumn = columns.get(ExchangeColumn.UNIT);
		if (unitColumn != null) {
			String text = SpreadsheetText.restore(row.cell(unitColumn).strip());
			draft.unitId(one(names.unitsOf(serviceAreaId, text), text, key -> problems.add(new RowProblem(
					row.number(), labels.heading(ExchangeColumn.UNIT, locale), labels.message(key, locale, text)))));
		}
		return draft.impactOrganisation(new ImpactPart(states[0], texts[0]))
			.impactSecurity(new ImpactPart(states[1], texts[1]))
			.impactData(new ImpactPart(states[2], texts[2]))
			.impactCaseManagement(new ImpactPart(states[3], texts[3]))
			.build();
	}

	/** An empty cell keeps the value: a choice cannot be emptied, and a new card keeps the template's default. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <E extends Enum<E>> @Nullable E choice(ExchangeColumn column, String text, Consumer<String> problem,
			@Nullable E current) {
		if (text.isEmpty()) {
			return current;
		}
		var value = labels.value((Class) Objects.requireNonNull(column.choices, "a choice column lists its choices"),
				text);
		if (value.isEmpty()) {
			problem.accept("exchange.problem.notAChoice");
			return current;
		}
		return (E) value.get();
	}

	/** A choice that always has a value: an empty or unknown cell keeps the current one. */
	private <E extends Enum<E>> E kept(ExchangeColumn column, String text, Consumer<String> problem, E current) {
		E chosen = choice(column, text, problem, current);
		return chosen == null ? current : chosen;
	}

	private static @Nullable UUID one(List<UUID> found, String text, Consumer<String> problem) {
		if (text.isEmpty()) {
			return null;
		}
		if (found.size() != 1) {
			problem.accept(found.isEmpty() ? "exchange.problem.unknownName" : "exchange.problem.ambiguousName");
			return null;
		}
		return found.getFirst();
	}

	private List<UUID> goals(String text, Consumer<String> problem) {
		var ids = new ArrayList<UUID>();
		for (String name : text.split(LIST_SEPARATOR)) {
			String goal = name.strip();
			if (!goal.isEmpty()) {
				UUID id = one(names.goals().find(goal), goal, problem);
				if (id != null) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	static String goalNames(List<UUID> goalIds, Names names) {
		return String.join(LIST_SEPARATOR + " ", goalIds.stream().map(id -> names.goals().name(id)).toList());
	}

}
