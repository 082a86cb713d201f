package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.ohjaamo.demo.DatasetPlan.Subject;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.Precision;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/** Writes the first version of a generated project's card, and the lines and schedules later edits add. */
final class DatasetCards {

	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2030;

	/** The portfolio describes the city late in this year: what is done has ended by then. */
	static final int PRESENT_YEAR = 2026;

	static final int PRESENT_MONTH_INDEX = PRESENT_YEAR * 12 + 9;

	static final List<List<String>> IMPACT_TEXTS = List.of(DatasetWords.IMPACT_ORGANISATION,
			DatasetWords.IMPACT_SECURITY, DatasetWords.IMPACT_DATA, DatasetWords.IMPACT_CASE);

	private static final Category[] CATEGORIES = Category.values();

	private static final ProjectKind[] KINDS = ProjectKind.values();

	private final DatasetCity city;

	/** The last number given in each group, such as 4 for "3.4" in the group "3". */
	private final Map<String, Integer> numbers;

	/** @param numbers the last number of each group so far, when an interrupted run continues */
	DatasetCards(DatasetCity city, Map<String, Integer> numbers) {
		this.city = city;
		this.numbers = new HashMap<>(numbers);
	}

	DatasetCard first(int index, DatasetRandom random, DatasetLifecycle lifecycle) {
		var status = lifecycle.initial();
		Category category = index < CATEGORIES.length ? CATEGORIES[index] : random.weighted(CATEGORIES, 20, 20, 60);
		var area = switch (category) {
			case INFRASTRUCTURE -> city.centralServices();
			case CITY_WIDE -> random.chance(0.5) ? city.centralServices() : random.pick(city.areas());
			case SERVICE_AREA -> random.pick(city.areas());
		};
		UnitView unit = switch (category) {
			case INFRASTRUCTURE -> random.chance(0.85) ? area.unit(DatasetPlan.IT_UNIT) : null;
			case CITY_WIDE -> random.chance(0.5) ? random.pick(area.units()) : null;
			case SERVICE_AREA -> random.chance(0.75) ? random.pick(area.units()) : null;
		};
		Subject subject = random.pick(switch (category) {
			case INFRASTRUCTURE -> DatasetPlan.INFRASTRUCTURE;
			case CITY_WIDE -> DatasetPlan.CITY_WIDE;
			case SERVICE_AREA -> area.plan().subjects();
		});
		var start = status == Status.IDEA && random.chance(0.5) ? null : start(random, lifecycle.last());
		var texts = new DatasetTexts(random, subject, unit == null ? area.serviceArea().name() : unit.name(),
				start == null ? 2027 : start.year());
		var card = new DatasetCard(area, subject, texts, lifecycle.last());
		card.slipBudget = random.between(6, 18);
		card.category = category;
		card.unitId = unit == null ? null : unit.id();
		card.kind = category == Category.INFRASTRUCTURE ? random.weighted(KINDS, 15, 35, 15, 20, 10, 5)
				: random.weighted(KINDS, 30, 12, 15, 20, 15, 8);
		card.title = title(random, subject, card.kind, unit);
		String group = group(category, area);
		card.number = group + "." + numbers.merge(group, 1, Integer::sum);
		card.obligation = random.chance(card.kind == ProjectKind.LIFECYCLE_UPDATE ? 0.3 : 0.15) ? Obligation.MANDATORY
				: Obligation.SELECTED;
		card.status = status;
		boolean decided = status.ordinal() >= Status.APPROVED.ordinal();
		card.visibility = random.chance(decided ? 0.5 : 0.3) ? Visibility.PUBLIC : Visibility.INTERNAL;
		if (random.chance(decided ? 0.75 : 0.2)) {
			card.projectManagerId = random.pick(city.projectManagers()).personId();
		}
		card.description = texts.paragraphs(DatasetWords.DESCRIPTION, 200, 1500);
		card.changes = texts.paragraphs(DatasetWords.CHANGES, 80, 700);
		for (int part = 0; part < 4; part++) {
			card.impacts[part] = impact(random, texts, part, status == Status.IDEA ? 50 : 15);
		}
		card.noStrategicGoal = random.chance(card.kind == ProjectKind.LIFECYCLE_UPDATE ? 0.55 : 0.04);
		if (!card.noStrategicGoal) {
			int goals = random.weighted(new Integer[] { 1, 2, 3 }, 50, 35, 15);
			while (card.goalIds.size() < goals) {
				var goal = random.pick(city.goalIds());
				if (!card.goalIds.contains(goal)) {
					card.goalIds.add(goal);
				}
			}
		}
		card.start = start;
		card.end = start == null || random.chance(0.15) ? null : end(random, start);
		card.scheduleNote = random.chance(0.25) ? texts.sentence(DatasetWords.SCHEDULE_NOTES) : "";
		card.likelihood = random.weighted(DRAWN_LIKELIHOODS, 25, 50, 25);
		card.likelihoodNote = random.chance(0.6) ? texts.sentence(DatasetWords.LIKELIHOOD_NOTES) : "";
		card.priority = random.weighted(Priority.values(), 25, 50, 25);
		card.scheduleOwner = category == Category.INFRASTRUCTURE
				? random.weighted(DRAWN_SCHEDULE_OWNERS, 70, 5, 25)
				: random.weighted(DRAWN_SCHEDULE_OWNERS, 25, 35, 40);
		int costs = random.weighted(new Integer[] { 0, 1, 2, 3, 4, 5 }, 10, 20, 30, 20, 12, 8);
		for (int i = 0; i < costs; i++) {
			card.costs.add(cost(random, card));
		}
		card.costNote = random.chance(0.25) ? texts.sentence(DatasetWords.COST_REMARKS) : "";
		int resources = random.weighted(new Integer[] { 0, 1, 2, 3 }, 15, 30, 35, 20);
		for (int i = 0; i < resources; i++) {
			card.resources.add(resource(random));
		}
		card.resourceNote = random.chance(0.2) ? texts.sentence(DatasetWords.RESOURCE_REMARKS) : "";
		return card;
	}

	/** The values the first datasets drew from, in their order: new values must not change what a seed gives. */
	static final Likelihood[] DRAWN_LIKELIHOODS = { Likelihood.CERTAIN, Likelihood.LIKELY, Likelihood.UNCERTAIN };

	static final ScheduleOwner[] DRAWN_SCHEDULE_OWNERS = { ScheduleOwner.IT, ScheduleOwner.SERVICE_AREA,
			ScheduleOwner.BOTH };

	private static final EffortUnit[] DRAWN_EFFORT_UNITS = { EffortUnit.PERSON_DAYS, EffortUnit.PERSON_YEARS };

	private static final ImpactState[] DRAWN_IMPACT_STATES = { ImpactState.DESCRIBED, ImpactState.NO_IMPACT,
			ImpactState.NOT_ASSESSED };

	static ImpactPart impact(DatasetRandom random, DatasetTexts texts, int part, int notAssessedWeight) {
		// The states the first datasets drew from, in their order, so that a seed keeps giving the same dataset.
		var state = random.weighted(DRAWN_IMPACT_STATES, 50, 30, notAssessedWeight);
		return switch (state) {
			case DESCRIBED -> new ImpactPart(state, texts.paragraphs(IMPACT_TEXTS.get(part), 60, 400));
			case NO_IMPACT, IN_SUMMARY -> new ImpactPart(state, "");
			case NOT_ASSESSED -> new ImpactPart(state, texts.sentence(DatasetWords.NOT_ASSESSED));
		};
	}

	/**
	 * A start that suits where the project's history ends: what gets done began years ago, what is
	 * still an idea begins later. Slips move it on by at most a year and a half.
	 */
	static SchedulePoint start(DatasetRandom random, Status destination) {
		int year = switch (destination) {
			case DONE -> random.between(FIRST_YEAR, PRESENT_YEAR - 2);
			case IN_PROGRESS -> random.between(2022, PRESENT_YEAR - 1);
			case CANCELLED -> random.between(2021, PRESENT_YEAR + 1);
			case APPROVED -> random.between(PRESENT_YEAR, 2028);
			case PROPOSAL, ASSESSED, REJECTED -> random.between(PRESENT_YEAR, LAST_YEAR - 1);
			case IDEA -> random.between(PRESENT_YEAR + 1, LAST_YEAR - 1);
		};
		return point(random.weighted(Precision.values(), 20, 35, 45), year * 12 + random.between(0, 11));
	}

	/** An end three months to three years after the start, at most at the end of the last year. */
	static SchedulePoint end(DatasetRandom random, SchedulePoint start) {
		int month = Math.min(start.startIndex() + random.between(3, 36), LAST_YEAR * 12 + 11);
		var precision = random.chance(0.7) ? start.precision() : random.pick(Precision.values());
		return point(precision, month);
	}

	/** The point of the given precision that covers the month, counted in months since year zero. */
	static SchedulePoint point(Precision precision, int monthIndex) {
		int year = monthIndex / 12;
		int month = monthIndex % 12 + 1;
		return switch (precision) {
			case YEAR -> SchedulePoint.year(year);
			case QUARTER -> SchedulePoint.quarter((month - 1) / 3 + 1, year);
			case MONTH -> SchedulePoint.month(month, year);
		};
	}

	static CostLine cost(DatasetRandom random, DatasetCard card) {
		var kind = random.weighted(CostKind.values(), 55, 45);
		int base = card.start == null ? 2027 : card.start.year();
		int from = Math.clamp(base + random.between(kind == CostKind.ONE_OFF ? 0 : 1, 2), FIRST_YEAR, LAST_YEAR);
		Integer to = kind == CostKind.ONE_OFF || random.chance(0.5) ? null
				: Math.min(from + random.between(1, 6), LAST_YEAR);
		int shape = random.weighted(new Integer[] { 0, 1, 2 }, 50, 35, 15);
		BigDecimal min = kind == CostKind.ONE_OFF ? random.euros(5_000, 400_000) : random.euros(1_000, 120_000);
		BigDecimal max = shape == 1 ? random.scaled(min, 1.2, 2.0) : null;
		var vat = random.chance(0.2) ? Vat.INCLUDED : Vat.EXCLUDED;
		return new CostLine(kind, from, to, min, max, shape == 2, vat, random.pick(DatasetWords.costNotes(kind)));
	}

	static ResourceLine resource(DatasetRandom random) {
		var party = random.weighted(ResourceParty.values(), 35, 40, 25);
		var unit = random.weighted(DRAWN_EFFORT_UNITS, 70, 30);
		int shape = random.weighted(new Integer[] { 0, 1, 2 }, 55, 30, 15);
		if (shape == 2) {
			return new ResourceLine(party, unit, null, null, "tarve selviää myöhemmin");
		}
		BigDecimal min = unit == EffortUnit.PERSON_DAYS ? BigDecimal.valueOf(random.between(5, 300))
				: BigDecimal.valueOf(random.between(1, 20), 1);
		@Nullable BigDecimal max = shape == 1 ? min.add(unit == EffortUnit.PERSON_DAYS
				? BigDecimal.valueOf(random.between(5, 100)) : BigDecimal.valueOf(random.between(1, 10), 1)) : null;
		return new ResourceLine(party, unit, min, max, random.pick(DatasetWords.resourceNotes(party)));
	}

	private static String title(DatasetRandom random, Subject subject, ProjectKind kind, @Nullable UnitView unit) {
		String title = DatasetTexts.capitalised(subject.genitive()) + " " + random.pick(DatasetWords.actions(kind));
		if (unit != null && random.chance(0.15)) {
			return title + " – " + unit.name();
		}
		return random.chance(0.08) ? title + " (vaihe " + random.between(2, 3) + ")" : title;
	}

	/** The action plan numbers its infrastructure 1.x, city-wide projects 2.x and each service area's on from 3.x. */
	private String group(Category category, DatasetCity.Area area) {
		return switch (category) {
			case INFRASTRUCTURE -> "1";
			case CITY_WIDE -> "2";
			case SERVICE_AREA -> Integer.toString(3 + city.areas().indexOf(area));
		};
	}

}
