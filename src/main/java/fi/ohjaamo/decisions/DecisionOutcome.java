package fi.ohjaamo.decisions;

import fi.ohjaamo.portfolio.Status;

/** What a body decided, and the card status it leads to: a returned proposal goes back for changes. */
public enum DecisionOutcome {

	APPROVED(Status.APPROVED), REJECTED(Status.REJECTED), RETURNED(Status.PROPOSAL);

	private final Status status;

	DecisionOutcome(Status status) {
		this.status = status;
	}

	public Status status() {
		return status;
	}

}
