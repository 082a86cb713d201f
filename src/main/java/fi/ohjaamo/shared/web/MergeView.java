package fi.ohjaamo.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The merge as the form shows it at its top: who saved meanwhile (when known), the fields taken from their save,
 * and the fields both changed, each with both values in words for the person to choose between.
 */
public record MergeView(Stage stage, @Nullable String savedBy, List<String> takenLabels, List<Choice> choices) {

	/** Just merged; a save refused for a missing choice; or choices still open on a page shown again. */
	public enum Stage {

		MERGED, UNCHOSEN, OPEN

	}

	/** A field both changed: its label, both values read aloud, and whether it is a list compared whole. */
	public record Choice(String field, String label, String mine, String theirs, boolean wholeList,
			@Nullable String chosen) {
	}

	public MergeView {
		takenLabels = List.copyOf(takenLabels);
		choices = List.copyOf(choices);
	}

	public boolean merged() {
		return stage == Stage.MERGED;
	}

	public boolean choiceMissing() {
		return stage == Stage.UNCHOSEN;
	}

}
