package fi.ohjaamo.organisation;

/** What a person may do in one organisation. */
public enum Role {

	/** Manages the organisation's people and reads the audit log. */
	ADMINISTRATOR,
	/** Owns the portfolio: edits every project. */
	IT_MANAGEMENT,
	/** Edits the projects of one service area. */
	SERVICE_AREA_EDITOR,
	/** Edits the projects they manage. */
	PROJECT_MANAGER,
	/** Reads. */
	VIEWER

}
