package fi.ohjaamo.portfolio;

/**
 * Why a kept version of a card was written when another record caused it rather than the card's own form: the kind
 * (worded on the history page as {@code portfolio.history.reason.<kind>}), the name of what caused it, as that record
 * names it, and its note (may be empty).
 */
public record RevisionReason(String kind, String subject, String note) {

	/** A version written by adopting the named scenario, with the reason its change gave. */
	public static RevisionReason scenario(String scenarioName, String changeReason) {
		return new RevisionReason("scenario", scenarioName, changeReason);
	}

}
