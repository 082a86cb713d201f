package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The weighted score of a project, 0–100: for each active criterion its weight times the mean of the evaluators'
 * latest levels placed on its scale (lowest level 0, highest 1), summed and divided by the sum of the weights.
 * When the weights add up to 100 the division changes nothing; when they do not, it keeps the score on 0–100. A
 * criterion nobody has scored yet counts as its lowest level. The ranking weighs the means its query reads the same way.
 */
final class WeightedScore {

	private WeightedScore() {
	}

	/** Null when no active criterion has a score, or the active criteria have no weight at all. */
	static @Nullable Double of(List<Criterion> active, Map<UUID, Double> meanLevels) {
		int weights = active.stream().mapToInt(Criterion::getWeight).sum();
		if (weights == 0 || active.stream().noneMatch(c -> meanLevels.containsKey(c.getId()))) {
			return null;
		}
		double sum = 0;
		for (var criterion : active) {
			Double mean = meanLevels.get(criterion.getId());
			if (mean != null) {
				sum += criterion.getWeight() * placed(mean, criterion);
			}
		}
		return sum * 100 / weights;
	}

	private static double placed(double mean, Criterion criterion) {
		double span = criterion.getScaleEnd() - criterion.getScaleStart();
		return span <= 0 ? 0 : Math.clamp((mean - criterion.getScaleStart()) / span, 0, 1);
	}

}
