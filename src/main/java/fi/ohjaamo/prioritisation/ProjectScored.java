package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** An evaluator scored a project on the active criteria; the summary names the project and the levels. */
public record ProjectScored(UUID organisationId, UUID projectId, String title) implements Auditable {

	public String action() {
		return "prioritisation.project-scored";
	}

	public String objectType() {
		return "project";
	}

	public String objectId() {
		return projectId.toString();
	}

	public String summary() {
		return title;
	}

}
