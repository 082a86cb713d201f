package fi.ohjaamo.portfolio;

import fi.ohjaamo.shared.ChangedMeanwhileException;

/**
 * Someone saved the card after the person began editing it; their save must not be overwritten. A stale save of its
 * own type because it names the revisions and the project import tells it apart; the card's form catches the shared
 * type.
 */
public class EditConflictException extends ChangedMeanwhileException {

	private final int basedOnRevision;

	private final int currentRevision;

	EditConflictException(int basedOnRevision, int currentRevision) {
		super("the card (edited from revision " + basedOnRevision + ", now at " + currentRevision + ")");
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
