package fi.ohjaamo.portfolio;

/** Someone saved the card after the person began editing it; their save must not be overwritten. */
public class EditConflictException extends RuntimeException {

	private final int basedOnRevision;

	private final int currentRevision;

	EditConflictException(int basedOnRevision, int currentRevision) {
		super("edit based on revision " + basedOnRevision + " but the card is at " + currentRevision);
		this.basedOnRevision = basedOnRevision;
		this.currentRevision = currentRevision;
	}

	int basedOnRevision() {
		return basedOnRevision;
	}

	int currentRevision() {
		return currentRevision;
	}

}
