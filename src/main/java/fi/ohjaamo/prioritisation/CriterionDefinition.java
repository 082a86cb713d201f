package fi.ohjaamo.prioritisation;

import java.util.List;

/**
 * What a criterion says: its name and meaning, its weight in whole percent, and its scale, whose levels run
 * from {@code scaleStart} upwards, one for each described meaning.
 */
public record CriterionDefinition(String name, String description, int weight, int scaleStart, List<String> levels,
		boolean active) {

	/** A scale has at least two levels, so that a score tells something, and at most ten, so that it can be read. */
	public static final int MIN_LEVELS = 2;

	public static final int MAX_LEVELS = 10;

	public CriterionDefinition {
		levels = List.copyOf(levels);
	}

	/** The scale's rule: between {@link #MIN_LEVELS} and {@link #MAX_LEVELS} levels. */
	public boolean hasReadableScale() {
		return levels.size() >= MIN_LEVELS && levels.size() <= MAX_LEVELS;
	}

	public int scaleEnd() {
		return scaleStart + levels.size() - 1;
	}

}
