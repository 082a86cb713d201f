package fi.ohjaamo.prioritisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A project's scores: each evaluator's latest level on every criterion, the mean of those per criterion, the
 * weighted score, and every round of scoring ever given with what it changed.
 */
public record ScoreSheet(List<Criterion> criteria, List<Evaluator> evaluators, Map<UUID, Double> means,
		@Nullable Double weightedScore, List<Round> history) {

	/** An evaluator's latest level per criterion, and when they last scored. */
	public record Evaluator(UUID id, String name, Map<UUID, Integer> latest, Instant lastScoredAt) {

		public @Nullable Integer levelOn(UUID criterionId) {
			return latest.get(criterionId);
		}

	}

	/** One submission of the scoring form: who, when, why, and the levels given. */
	public record Round(UUID id, String evaluatorName, Instant scoredAt, String reason, List<Line> lines) {

		public boolean changedAnything() {
			return lines.stream().anyMatch(Line::changed);
		}

	}

	/** A level given in a round, and the level the same evaluator had given before, if any. */
	public record Line(Criterion criterion, int level, @Nullable Integer previous) {

		public boolean changed() {
			return previous != null && previous != level;
		}

	}

	static ScoreSheet of(List<Criterion> criteria, List<GivenScore> scores, Map<UUID, String> names) {
		var byId = new HashMap<UUID, Criterion>();
		criteria.forEach(c -> byId.put(c.getId(), c));
		var chronological = scores.stream().sorted(Comparator.comparingLong(GivenScore::seq)).toList();
		var latest = new LinkedHashMap<UUID, Map<UUID, Integer>>();
		var lastAt = new HashMap<UUID, Instant>();
		var rounds = new LinkedHashMap<UUID, List<Line>>();
		var roundOf = new LinkedHashMap<UUID, GivenScore>();
		for (var score : chronological) {
			var levels = latest.computeIfAbsent(score.evaluatorId(), id -> new LinkedHashMap<>());
			Integer previous = levels.put(score.criterionId(), score.level());
			lastAt.put(score.evaluatorId(), score.scoredAt());
			roundOf.putIfAbsent(score.roundId(), score);
			rounds.computeIfAbsent(score.roundId(), id -> new ArrayList<>())
				.add(new Line(Objects.requireNonNull(byId.get(score.criterionId()), "scored on a listed criterion"),
						score.level(), previous));
		}
		var evaluators = latest.entrySet().stream()
			.map(e -> new Evaluator(e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue(),
					Objects.requireNonNull(lastAt.get(e.getKey()), "an evaluator has scored")))
			.sorted(Comparator.comparing(Evaluator::name))
			.toList();
		var means = new HashMap<UUID, Double>();
		for (var criterion : criteria) {
			evaluators.stream()
				.map(e -> e.levelOn(criterion.getId()))
				.filter(level -> level != null)
				.mapToInt(Integer::intValue)
				.average()
				.ifPresent(mean -> means.put(criterion.getId(), mean));
		}
		var history = new ArrayList<Round>();
		roundOf.forEach((id, first) -> history.add(0, new Round(id, names.getOrDefault(first.evaluatorId(), "?"),
				first.scoredAt(), first.reason(), rounds.getOrDefault(id, List.of()))));
		var active = criteria.stream().filter(Criterion::isActive).toList();
		return new ScoreSheet(criteria, evaluators, means, WeightedScore.of(active, means), history);
	}

	public @Nullable Double meanOn(UUID criterionId) {
		return means.get(criterionId);
	}

}
