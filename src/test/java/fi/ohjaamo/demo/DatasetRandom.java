package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The random choices of one project, seeded by its position so any project can be generated again alone. */
final class DatasetRandom {

	private final Random random;

	DatasetRandom(long seed, int index) {
		this.random = new Random(seed * 1_000_003L + index);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	<T> T pick(T[] items) {
		return items[random.nextInt(items.length)];
	}

	/** One of the values, each as likely as its weight. */
	<T> T weighted(T[] values, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		throw new IllegalArgumentException("weights do not match values");
	}

	/** {@code count} different whole numbers from {@code min} to {@code max}, in ascending order. */
	List<Integer> sample(int min, int max, int count) {
		var all = new ArrayList<Integer>();
		for (int i = min; i <= max; i++) {
			all.add(i);
		}
		Collections.shuffle(all, random);
		return all.subList(0, count).stream().sorted().toList();
	}

	/** A sum of money between the bounds, spread evenly on a log scale and rounded as people estimate. */
	BigDecimal euros(long min, long max) {
		double amount = Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
		return BigDecimal.valueOf(roundAsEstimate(amount));
	}

	/** The amount scaled by a factor between the bounds, still rounded as an estimate. */
	BigDecimal scaled(BigDecimal amount, double minFactor, double maxFactor) {
		double factor = minFactor + random.nextDouble() * (maxFactor - minFactor);
		return BigDecimal.valueOf(roundAsEstimate(amount.doubleValue() * factor));
	}

	private static long roundAsEstimate(double amount) {
		long step = amount < 10_000 ? 100 : amount < 100_000 ? 1_000 : 5_000;
		return Math.max(step, Math.round(amount / step) * step);
	}

}
