package fi.ohjaamo.portfolio;

/** The state of one part of the change-impact assessment (Information Management Act 906/2019 §5). */
public enum ImpactState {

	DESCRIBED, NO_IMPACT, NOT_ASSESSED,
	/**
	 * Answered in the impact summary: many plans assess the four parts together in one paragraph, which then must
	 * be written.
	 */
	IN_SUMMARY;

	/** Whether the part carries a text of its own: a description, or the reason it was not assessed. */
	boolean hasOwnText() {
		return this == DESCRIBED || this == NOT_ASSESSED;
	}

}
