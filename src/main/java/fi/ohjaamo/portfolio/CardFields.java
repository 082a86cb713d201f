package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.documents.Block;
import fi.ohjaamo.documents.Words;
import org.jspecify.annotations.Nullable;

/**
 * A project card's fields as the action plan template prints them, in its order and with the card form's long
 * labels: the impact assessment, the four parts of the change-impact assessment, strategic goals, schedule,
 * likelihood, priority, the party responsible for the schedule, costs and resources. It lives with the card, so a new field
 * of the card is printed by the module that holds it (a document gets one through {@link PrintedCards}).
 */
public final class CardFields {

	private final Words words;

	private final Map<UUID, String> goalNames;

	CardFields(Words words, Map<UUID, String> goalNames) {
		this.words = words;
		this.goalNames = Map.copyOf(goalNames);
	}

	public Block.Fields of(ProjectCard card) {
		var fields = new ArrayList<Block.Field>();
		fields.add(field("portfolio.project.impactSummary.long", orEmpty(card.impactSummary())));
		var impacts = card.impacts();
		for (int i = 0; i < impacts.size(); i++) {
			fields.add(field("portfolio.project.impact.long." + i, impact(impacts.get(i))));
		}
		fields.add(field("portfolio.project.goalIds", goals(card)));
		fields.add(field("portfolio.project.schedule", schedule(card)));
		fields.add(field("portfolio.project.likelihood", withNote(label(card.likelihood()),
				card.likelihoodNote())));
		fields.add(field("portfolio.project.priority", label(card.priority())));
		fields.add(field("portfolio.project.scheduleOwner.long", label(card.scheduleOwner())));
		fields.add(field("portfolio.project.costs", estimate(costs(card.costs()), card.costs().isEmpty(),
				card.costNote())));
		fields.add(field("portfolio.project.resources", estimate(resources(card.resources()),
				card.resources().isEmpty(), card.resourceNote())));
		return new Block.Fields(fields);
	}

	private Block.Field field(String key, String value) {
		return new Block.Field(words.get(key), value);
	}

	private String orEmpty(String text) {
		return text.isBlank() ? words.get("portfolio.project.empty") : text;
	}

	private String impact(ImpactPart part) {
		return part.text().isBlank() ? label(part.state()) : part.text();
	}

	private String goals(ProjectCard card) {
		if (card.noStrategicGoal()) {
			return words.get("portfolio.project.noStrategicGoal");
		}
		var names = card.goalIds().stream().map(goalNames::get).filter(name -> name != null).toList();
		return names.isEmpty() ? words.get("portfolio.project.empty") : String.join("; ", names);
	}

	private String schedule(ProjectCard card) {
		String start = card.scheduleStart();
		String end = card.scheduleEnd();
		String span = start.isEmpty() && end.isEmpty() ? words.get("portfolio.project.empty")
				: end.isEmpty() || end.equals(start) ? start : start + "–" + end;
		return withNote(span, card.scheduleNote());
	}

	private String costs(List<CostLine> lines) {
		if (lines.isEmpty()) {
			return words.get("portfolio.project.costs.none");
		}
		return String.join("; ", lines.stream().map(this::cost).toList());
	}

	private String cost(CostLine line) {
		boolean recurring = line.kind() == CostKind.RECURRING;
		String years = !recurring ? String.valueOf(line.fromYear())
				: line.fromYear() + "–" + (line.toYear() == null ? "" : line.toYear());
		String amount = line.amountUnknown() || line.amountMin() == null ? words.get("portfolio.project.cost.unknown")
				: words.euros(line.amountMin(), line.amountMax());
		String text = label(line.kind()) + " " + years + ": " + amount
				+ (recurring ? words.get("portfolio.project.cost.perYear") : "") + " (" + label(line.vat())
				+ ")";
		return line.note().isEmpty() ? text : text + ", " + line.note();
	}

	private String resources(List<ResourceLine> lines) {
		if (lines.isEmpty()) {
			return words.get("portfolio.project.resources.none");
		}
		return String.join("; ", lines.stream().map(this::resource).toList());
	}

	private String resource(ResourceLine line) {
		String amount = line.amountMin() == null ? words.get("portfolio.project.resource.unknown")
				: words.numbers(line.amountMin(), line.amountMax()) + " " + label(line.effortUnit());
		String text = label(line.party()) + ": " + amount;
		return line.note().isEmpty() ? text : text + ", " + line.note();
	}

	/** A choice's name under the key the card form uses ({@code portfolio.costKind.ONE_OFF}); empty for one not made. */
	private String label(@Nullable Enum<?> value) {
		if (value == null) {
			return "";
		}
		String type = value.getDeclaringClass().getSimpleName();
		return words.of("portfolio." + Character.toLowerCase(type.charAt(0)) + type.substring(1), value);
	}

	/**
	 * Lines with the note, or the note alone when a plan wrote its estimate in words only ("noin 50 000 euroa"): a
	 * written estimate is an estimate, and "not estimated" is said only when nothing was given.
	 */
	private static String estimate(String lines, boolean noLines, String note) {
		return noLines && !note.isBlank() ? note : withNote(lines, note);
	}

	private static String withNote(String value, String note) {
		return note.isBlank() ? value : value + " — " + note;
	}

}
