package fi.ohjaamo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.shared.web.Formats;
import fi.ohjaamo.shared.web.ReadField;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.WorksiteView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads a card aloud, field by field, in the reader's language, resolving ids to names. Versions are
 * compared in this form so that a diff says "Aikataulu: Q3/2022 → Q1/2023", not a changed UUID.
 */
public class CardReader {

	private final MessageSource messages;

	private final Formats formats;

	private final UnitTree units;

	private final List<GoalView> goalList;

	private final Map<UUID, String> goals;

	private final Map<UUID, String> people;

	private final Map<UUID, WorksiteView> worksites;

	private final Locale locale;

	CardReader(MessageSource messages, Formats formats, UnitTree units, List<GoalView> goals, List<PersonView> people,
			List<WorksiteView> worksites) {
		this.messages = messages;
		this.formats = formats;
		this.units = units;
		this.goalList = List.copyOf(goals);
		this.goals = goals.stream().collect(Collectors.toMap(GoalView::id, GoalView::name));
		this.people = people.stream().collect(Collectors.toMap(PersonView::id, PersonView::displayName));
		this.worksites = worksites.stream().collect(Collectors.toMap(WorksiteView::id, w -> w));
		this.locale = LocaleContextHolder.getLocale();
	}

	List<ReadField> read(ProjectCard card) {
		var fields = new ArrayList<ReadField>();
		add(fields, "title", card.title());
		add(fields, "number", card.number());
		add(fields, "category", label(card.category()));
		add(fields, "serviceAreaId", units.nameOf(card.serviceAreaId()));
		add(fields, "unitId", units.nameOf(card.unitId()));
		add(fields, "obligation", label(card.obligation()));
		add(fields, "kind", label(card.kind()));
		add(fields, "status", label(card.status()));
		add(fields, "visibility", label(card.visibility()));
		add(fields, "projectManagerId", personName(card.projectManagerId()));
		add(fields, "description", card.description());
		add(fields, "impactSummary", card.impactSummary());
		add(fields, "impactOrganisation", impact(card.impactOrganisation()));
		add(fields, "impactSecurity", impact(card.impactSecurity()));
		add(fields, "impactData", impact(card.impactData()));
		add(fields, "impactCaseManagement", impact(card.impactCaseManagement()));
		add(fields, "goalIds", card.noStrategicGoal() ? message("portfolio.project.noStrategicGoal")
				: card.goalIds().stream().map(id -> goals.getOrDefault(id, "?")).collect(Collectors.joining("\n")));
		add(fields, "worksiteId", worksiteName(card.worksiteId()));
		add(fields, "schedule", schedule(card));
		add(fields, "scheduleNote", card.scheduleNote());
		add(fields, "likelihood", label(card.likelihood()) + note(card.likelihoodNote()));
		add(fields, "priority", label(card.priority()));
		add(fields, "scheduleOwner", label(card.scheduleOwner()));
		add(fields, "costs", card.costs().stream().map(this::cost).collect(Collectors.joining("\n")));
		add(fields, "costNote", card.costNote());
		add(fields, "resources", card.resources().stream().map(this::resource).collect(Collectors.joining("\n")));
		add(fields, "resourceNote", card.resourceNote());
		return fields;
	}

	UnitTree units() {
		return units;
	}

	List<GoalView> goals() {
		return goalList;
	}

	public String personName(@Nullable UUID personId) {
		return personId == null ? "" : people.getOrDefault(personId, "?");
	}

	/** The worksite with its programme and theme, so that a diff names it in full; "?" for one since removed. */
	public String worksiteName(@Nullable UUID worksiteId) {
		if (worksiteId == null) {
			return "";
		}
		var worksite = worksites.get(worksiteId);
		return worksite == null ? "?" : worksite.path();
	}

	public @Nullable WorksiteView worksite(@Nullable UUID worksiteId) {
		return worksiteId == null ? null : worksites.get(worksiteId);
	}

	public String schedule(ProjectCard card) {
		if (card.scheduleStart().isEmpty() && card.scheduleEnd().isEmpty()) {
			return "";
		}
		if (card.scheduleEnd().isEmpty() || card.scheduleEnd().equals(card.scheduleStart())) {
			return card.scheduleStart();
		}
		return card.scheduleStart() + "–" + card.scheduleEnd();
	}

	String cost(CostLine line) {
		String years = line.kind() == CostKind.ONE_OFF || line.toYear() == null
				? String.valueOf(line.fromYear()) + (line.kind() == CostKind.RECURRING ? "–" : "")
				: line.fromYear() + "–" + line.toYear();
		String amount = line.amountUnknown() ? message("portfolio.project.cost.unknown")
				: formats.moneyRange(line.amountMin(), line.amountMax())
						+ (line.kind() == CostKind.RECURRING ? message("portfolio.project.cost.perYear") : "");
		return label(line.kind()) + " " + years + ": " + amount + " (" + label(line.vat()) + ")" + note(line.note());
	}

	String resource(ResourceLine line) {
		String amount = line.amountMin() == null ? message("portfolio.project.resource.unknown")
				: formats.numberRange(line.amountMin(), line.amountMax()) + " " + label(line.effortUnit());
		return label(line.party()) + ": " + amount + note(line.note());
	}

	String impact(ImpactPart part) {
		return label(part.state()) + (part.text().isEmpty() ? "" : ": " + part.text());
	}

	private String note(String note) {
		return note.isEmpty() ? "" : " — " + note;
	}

	String label(@Nullable Enum<?> value) {
		return value == null ? "" : message(EnumLabels.key(value));
	}

	private String message(String key) {
		return Objects.requireNonNull(messages.getMessage(key, null, key, locale), "a message with a default");
	}

	private void add(List<ReadField> fields, String key, String value) {
		fields.add(new ReadField(key, message("portfolio.project." + key), value));
	}

}
