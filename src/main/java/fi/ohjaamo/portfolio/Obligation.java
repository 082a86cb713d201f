package fi.ohjaamo.portfolio;

/** Whether the project was chosen or is required (by law, a contract, an end of support). */
public enum Obligation {

	SELECTED, MANDATORY

}
