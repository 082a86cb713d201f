package fi.ohjaamo.portfolio;

/** How likely the project finishes on schedule. */
public enum Likelihood {

	CERTAIN, LIKELY, UNCERTAIN,
	/** Real plans leave it open; "not assessed" is printed so rather than a guess. */
	NOT_ASSESSED

}
