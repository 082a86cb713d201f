package fi.ohjaamo.prioritisation;

import java.util.List;

/**
 * What a criterion says: its name and meaning, its weight in whole percent, and its scale, whose levels run
 * from {@code scaleStart} upwards, one for each described meaning.
 */
public record CriterionDefinition(String name, String description, int weight, int scaleStart, List<String> levels,
		boolean active) {

	public CriterionDefinition {
		levels = List.copyOf(levels);
	}

	public int scaleEnd() {
		return scaleStart + levels.size() - 1;
	}

}
