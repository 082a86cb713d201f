package fi.ohjaamo.portfolio;

/** The priority the organisation gave the project. */
public enum Priority {

	HIGH, MEDIUM, LOW

}
