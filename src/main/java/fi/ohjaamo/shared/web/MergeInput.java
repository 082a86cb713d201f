package fi.ohjaamo.shared.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an edit form carries for a three-way merge: the values it was based on ({@code merge.base}, encoded), the
 * fields that were in conflict when it was last shown ({@code merge.conflict}) and the person's choice for each
 * ({@code merge.choice.<field>}: {@code mine} or {@code theirs}). A handler receives it as an argument.
 */
public record MergeInput(@Nullable String base, List<String> conflicts, Map<String, String> choices) {

	static final String BASE = "merge.base";

	static final String CONFLICT = "merge.conflict";

	static final String CHOICE = "merge.choice.";

	public MergeInput {
		conflicts = List.copyOf(conflicts);
		choices = Map.copyOf(choices);
	}

	/** The fields for which the person chose the other person's value. */
	public List<String> takingTheirs() {
		return conflicts.stream().filter(f -> "theirs".equals(choices.get(f))).toList();
	}

	/** The fields that were in conflict and still have no choice. */
	public List<String> unchosen() {
		return conflicts.stream().filter(f -> !choices.containsKey(f)).toList();
	}

}
