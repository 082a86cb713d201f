package fi.ohjaamo.registers;

/** What an assessment of business fit and technical condition concludes for the system. */
public enum Verdict {

	KEEP, DEVELOP, REPLACE, RETIRE

}
