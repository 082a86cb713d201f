package fi.ohjaamo.portfolio;

/** What sort of work the project is. */
public enum ProjectKind {

	DEVELOPMENT, LIFECYCLE_UPDATE, PROCUREMENT, DEPLOYMENT, INVESTIGATION, OTHER

}
