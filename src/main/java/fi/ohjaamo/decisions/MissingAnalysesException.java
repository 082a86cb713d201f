package fi.ohjaamo.decisions;

import java.util.Set;

/** The project cannot be marked assessed: these analyses are missing, or the deciding body is not yet known. */
public class MissingAnalysesException extends RuntimeException {

	private final Set<Analysis> missing;

	MissingAnalysesException(Set<Analysis> missing) {
		super("missing before assessment: " + missing);
		this.missing = Set.copyOf(missing);
	}

	public Set<Analysis> missing() {
		return missing;
	}

}
