package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/**
 * The changes of one later version of a generated card, as people make them: a status step with what
 * goes with it, schedule slips, refined costs and resources, edited texts and assessments.
 */
final class DatasetEdits {

	private enum Edit {
		SLIP, COST, TEXT, IMPACT, LIKELIHOOD, PRIORITY, MANAGER, RESOURCE, GOALS
	}

	private static final Edit[] EDITS = Edit.values();

	private static final List<String> CANCEL_REASONS = List.of("rahoitusta ei saatu talousarvioon.",
			"tarve poistui organisaatiomuutoksen myötä.", "vastaava ratkaisu saatiin osana toista hanketta.",
			"kilpailutuksessa ei saatu hyväksyttäviä tarjouksia.");

	private final DatasetCity city;

	DatasetEdits(DatasetCity city) {
		this.city = city;
	}

	void revise(DatasetCard card, DatasetRandom random, @Nullable Status step, CurrentUser author) {
		int edits;
		if (step != null) {
			move(card, random, step, author);
			edits = random.chance(0.5) ? 1 : 0;
		}
		else {
			edits = 1 + (random.chance(0.35) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
		}
		for (int i = 0; i < edits; i++) {
			edit(card, random, random.weighted(EDITS, 18, 24, 22, 8, 7, 5, 5, 8, 3), author);
		}
	}

	private void move(DatasetCard card, DatasetRandom random, Status step, CurrentUser author) {
		var from = card.status;
		card.status = step;
		switch (step) {
			case PROPOSAL -> {
				if (from == Status.APPROVED) {
					card.scheduleNote = "Palautettiin valmisteluun: kustannusarvio ja resurssit tarkennetaan.";
				}
				else if (card.start == null) {
					card.start = DatasetCards.start(random, card.destination);
					card.end = DatasetCards.end(random, card.start);
				}
				assessOne(card, random);
			}
			case APPROVED -> {
				if (random.chance(0.5)) {
					card.visibility = Visibility.PUBLIC;
				}
				if (card.start == null) {
					card.start = DatasetCards.start(random, card.destination);
				}
			}
			case IN_PROGRESS -> {
				if (card.projectManagerId == null && author.ownsPortfolio() && random.chance(0.8)) {
					card.projectManagerId = random.pick(city.projectManagers()).personId();
				}
				if (from == Status.DONE) {
					card.scheduleNote = "Projekti avattiin uudelleen: käyttöönotossa havaitut puutteet korjataan.";
				}
			}
			case DONE -> {
				card.likelihood = Likelihood.CERTAIN;
				card.likelihoodNote = "Projekti on valmis.";
				endedByNow(card, random);
			}
			case CANCELLED -> card.description = card.description + "\n\nHanke peruttiin, koska "
					+ random.pick(CANCEL_REASONS);
			case IDEA, ASSESSED, REJECTED -> {
			}
		}
	}

	private void edit(DatasetCard card, DatasetRandom random, Edit edit, CurrentUser author) {
		switch (edit) {
			case SLIP -> slip(card, random);
			case COST -> cost(card, random);
			case TEXT -> text(card, random);
			case IMPACT -> assessOne(card, random);
			case LIKELIHOOD -> {
				card.likelihood = other(random, DatasetCards.DRAWN_LIKELIHOODS, card.likelihood);
				card.likelihoodNote = card.texts.sentence(DatasetWords.LIKELIHOOD_NOTES);
			}
			case PRIORITY -> card.priority = other(random, Priority.values(), card.priority);
			case MANAGER -> {
				if (author.ownsPortfolio()) {
					card.projectManagerId = random.chance(0.1) ? null : random.pick(city.projectManagers()).personId();
				}
				else {
					text(card, random);
				}
			}
			case RESOURCE -> resource(card, random);
			case GOALS -> goals(card, random);
		}
	}

	/** Moves the end, and the start while the project has not begun; a finished or cancelled one gets a text edit. */
	private static void slip(DatasetCard card, DatasetRandom random) {
		if (card.status == Status.DONE || card.status == Status.CANCELLED) {
			text(card, random);
			return;
		}
		if (card.start == null) {
			card.start = DatasetCards.start(random, card.destination);
			card.end = DatasetCards.end(random, card.start);
			return;
		}
		boolean later = random.chance(0.85);
		int months = switch (card.end == null ? card.start.precision() : card.end.precision()) {
			case YEAR -> 12;
			case QUARTER -> 3;
			case MONTH -> random.between(1, 3);
		};
		boolean started = card.status.ordinal() >= Status.IN_PROGRESS.ordinal();
		var start = started || (later && months > card.slipBudget) ? card.start
				: shifted(card.start, later ? months : -months);
		var end = card.end == null ? DatasetCards.end(random, card.start) : shifted(card.end, later ? months : -months);
		if (start != null && end != null && start.canBeFollowedBy(end)) {
			if (later && !start.equals(card.start)) {
				card.slipBudget -= months;
			}
			card.start = start;
			card.end = end;
		}
		if (random.chance(0.6)) {
			card.scheduleNote = card.texts.sentence(DatasetWords.SCHEDULE_NOTES);
		}
	}

	/** A finished project's end is when it was finished, not some time to come. */
	private static void endedByNow(DatasetCard card, DatasetRandom random) {
		if (card.start == null) {
			return;
		}
		int planned = card.end == null ? Integer.MAX_VALUE : card.end.endIndex();
		if (planned > DatasetCards.PRESENT_MONTH_INDEX) {
			int month = Math.max(card.start.startIndex(), DatasetCards.PRESENT_MONTH_INDEX - random.between(0, 8));
			card.end = DatasetCards.point(card.end == null ? card.start.precision() : card.end.precision(), month);
		}
	}

	/** The point moved by whole months at its own precision; null when that leaves the years of the dataset. */
	private static @Nullable SchedulePoint shifted(SchedulePoint point, int months) {
		int index = point.startIndex() + months;
		if (index < DatasetCards.FIRST_YEAR * 12 || index > DatasetCards.LAST_YEAR * 12 + 11) {
			return null;
		}
		return DatasetCards.point(point.precision(), index);
	}

	private static void cost(DatasetCard card, DatasetRandom random) {
		if (card.costs.isEmpty() || (card.costs.size() < 5 && random.chance(0.15))) {
			card.costs.add(DatasetCards.cost(random, card));
			return;
		}
		int i = random.between(0, card.costs.size() - 1);
		if (random.chance(0.08)) {
			card.costs.remove(i);
			return;
		}
		var line = card.costs.get(i);
		BigDecimal min;
		BigDecimal max = null;
		if (line.amountUnknown()) {
			min = random.euros(5_000, 200_000);
			if (random.chance(0.5)) {
				max = random.scaled(min, 1.2, 1.8);
			}
		}
		else if (line.amountMax() != null && line.amountMin() != null) {
			min = random.scaled(line.amountMin(), 1.0, 1.15);
			max = random.chance(0.4) ? null : random.scaled(line.amountMax(), 0.85, 1.0).max(min);
		}
		else {
			min = random.scaled(line.lowerAmount(), 0.8, 1.3);
		}
		card.costs.set(i, new CostLine(line.kind(), line.fromYear(), line.toYear(), min, max, false, line.vat(),
				line.note()));
		if (random.chance(0.2)) {
			card.costNote = card.texts.sentence(DatasetWords.COST_REMARKS);
		}
	}

	private static void resource(DatasetCard card, DatasetRandom random) {
		if (card.resources.isEmpty() || (card.resources.size() < 3 && random.chance(0.2))) {
			card.resources.add(DatasetCards.resource(random));
		}
		else if (random.chance(0.1)) {
			card.resources.remove(random.between(0, card.resources.size() - 1));
		}
		else {
			int i = random.between(0, card.resources.size() - 1);
			var line = card.resources.get(i);
			var fresh = DatasetCards.resource(random);
			card.resources.set(i, new ResourceLine(line.party(), fresh.effortUnit(), fresh.amountMin(),
					fresh.amountMax(), fresh.note()));
		}
		if (random.chance(0.2)) {
			card.resourceNote = card.texts.sentence(DatasetWords.RESOURCE_REMARKS);
		}
	}

	private static void text(DatasetCard card, DatasetRandom random) {
		var texts = card.texts;
		if (random.chance(0.3)) {
			card.changes = random.chance(0.5) ? texts.paragraphs(DatasetWords.CHANGES, 80, 700)
					: card.changes + " " + texts.sentence(DatasetWords.CHANGES);
			return;
		}
		var paragraphs = new ArrayList<>(Arrays.asList(card.description.split("\n\n")));
		if (card.description.length() > 2_000 && paragraphs.size() > 1) {
			paragraphs.remove(random.between(1, paragraphs.size() - 1));
		}
		else if (random.chance(0.6)) {
			paragraphs.add(texts.sentence(DatasetWords.UPDATES));
		}
		else {
			int i = random.between(0, paragraphs.size() - 1);
			int length = paragraphs.get(i).length();
			paragraphs.set(i, texts.paragraphs(DatasetWords.DESCRIPTION, Math.max(100, length * 2 / 3),
					Math.max(200, length * 4 / 3)));
		}
		card.description = String.join("\n\n", paragraphs);
		if (card.description.length() < 200) {
			card.description = card.description + " " + texts.sentence(DatasetWords.DESCRIPTION);
		}
	}

	/** Assesses a part not yet assessed, or adds to a described one. */
	private static void assessOne(DatasetCard card, DatasetRandom random) {
		for (int part = 0; part < card.impacts.length; part++) {
			if (card.impacts[part].state() == ImpactState.NOT_ASSESSED) {
				card.impacts[part] = random.chance(0.7) ? new ImpactPart(ImpactState.DESCRIBED,
						card.texts.paragraphs(DatasetCards.IMPACT_TEXTS.get(part), 60, 400))
						: new ImpactPart(ImpactState.NO_IMPACT, "");
				return;
			}
		}
		int part = random.between(0, card.impacts.length - 1);
		if (card.impacts[part].state() == ImpactState.DESCRIBED) {
			card.impacts[part] = new ImpactPart(ImpactState.DESCRIBED, card.impacts[part].text() + " "
					+ card.texts.sentence(DatasetCards.IMPACT_TEXTS.get(part)));
		}
	}

	private void goals(DatasetCard card, DatasetRandom random) {
		if (card.noStrategicGoal) {
			text(card, random);
		}
		else if (card.goalIds.size() < 3) {
			var goal = random.pick(city.goalIds());
			if (!card.goalIds.contains(goal)) {
				card.goalIds.add(goal);
			}
		}
		else {
			card.goalIds.remove(random.between(0, card.goalIds.size() - 1));
		}
	}

	private static <T> T other(DatasetRandom random, T[] values, T current) {
		var others = Arrays.stream(values).filter(v -> !v.equals(current)).toList();
		return random.pick(others);
	}

}
