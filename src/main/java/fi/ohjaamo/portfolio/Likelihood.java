package fi.ohjaamo.portfolio;

/** How likely the project finishes on schedule. */
public enum Likelihood {

	CERTAIN, LIKELY, UNCERTAIN

}
