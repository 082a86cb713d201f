package fi.ohjaamo.prioritisation.fundingcall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.prioritisation.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * An application's scores on its call's criteria: each evaluator's latest levels, their means, the weighted score
 * with the call's own weights, and every round of scoring ever given. Scores are only added, never changed.
 */
public record FundingScoreSheet(List<Weighted> criteria, List<Evaluator> evaluators, Map<UUID, Double> means,
		@Nullable Double weightedScore, List<Round> history) {

	/** A criterion with the weight the call gives it. */
	public record Weighted(Criterion criterion, int weight) {
	}

	/** One level an evaluator gave, in the order they were given. */
	public record Given(long seq, UUID roundId, UUID criterionId, UUID evaluatorId, int level, String reason,
			Instant scoredAt) {
	}

	public record Evaluator(UUID id, String name, Map<UUID, Integer> latest) {

		public @Nullable Integer levelOn(UUID criterionId) {
			return latest.get(criterionId);
		}

	}

	public record Round(String evaluatorName, Instant scoredAt, String reason, List<Line> lines) {
	}

	public record Line(String criterionName, int level, @Nullable Integer previous) {

		public boolean changed() {
			return previous != null && previous != level;
		}

	}

	static FundingScoreSheet of(List<Weighted> criteria, List<Given> given, Map<UUID, String> names) {
		var latest = new LinkedHashMap<UUID, Map<UUID, Integer>>();
		var rounds = new LinkedHashMap<UUID, Round>();
		var criterionNames = new HashMap<UUID, String>();
		criteria.forEach(w -> criterionNames.put(w.criterion().getId(), w.criterion().getName()));
		for (var score : given.stream().sorted(Comparator.comparingLong(Given::seq)).toList()) {
			Integer previous = latest.computeIfAbsent(score.evaluatorId(), id -> new LinkedHashMap<>())
				.put(score.criterionId(), score.level());
			rounds.computeIfAbsent(score.roundId(), id -> new Round(names.getOrDefault(score.evaluatorId(), "?"),
					score.scoredAt(), score.reason(), new ArrayList<>()))
				.lines()
				.add(new Line(criterionNames.getOrDefault(score.criterionId(), "?"), score.level(), previous));
		}
		var evaluators = latest.entrySet().stream()
			.map(e -> new Evaluator(e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue()))
			.sorted(Comparator.comparing(Evaluator::name))
			.toList();
		var means = means(criteria, latest.values());
		var history = new ArrayList<>(rounds.values());
		java.util.Collections.reverse(history);
		return new FundingScoreSheet(criteria, evaluators, means, weighted(criteria, means), history);
	}

	static Map<UUID, Double> means(List<Weighted> criteria, java.util.Collection<Map<UUID, Integer>> evaluators) {
		var means = new HashMap<UUID, Double>();
		for (var w : criteria) {
			UUID id = w.criterion().getId();
			evaluators.stream().map(levels -> levels.get(id)).filter(l -> l != null).mapToInt(Integer::intValue)
				.average().ifPresent(mean -> means.put(id, mean));
		}
		return means;
	}

	/**
	 * 0–100, computed as the ranking computes a project's score but with the call's weights: each criterion's mean
	 * placed on its scale (lowest 0, highest 1) times its weight, divided by the weights' sum. Null when unscored.
	 */
	static @Nullable Double weighted(List<Weighted> criteria, Map<UUID, Double> means) {
		int weights = criteria.stream().mapToInt(Weighted::weight).sum();
		if (weights == 0 || criteria.stream().noneMatch(w -> means.containsKey(w.criterion().getId()))) {
			return null;
		}
		double sum = 0;
		for (var w : criteria) {
			Double mean = means.get(w.criterion().getId());
			double span = w.criterion().getScaleEnd() - w.criterion().getScaleStart();
			if (mean != null && span > 0) {
				sum += w.weight() * Math.clamp((mean - w.criterion().getScaleStart()) / span, 0, 1);
			}
		}
		return sum * 100 / weights;
	}

	public @Nullable Double meanOn(UUID criterionId) {
		return means.get(criterionId);
	}

}
