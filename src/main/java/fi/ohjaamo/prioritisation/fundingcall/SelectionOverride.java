package fi.ohjaamo.prioritisation.fundingcall;

/** IT management's deliberate choice against the ranking: always include an application, or leave it out. */
public enum SelectionOverride {

	INCLUDE, EXCLUDE

}
