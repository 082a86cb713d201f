package fi.ohjaamo.portfolio;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to projects, for the audit log and for modules that follow the portfolio. */
public final class ProjectEvents {

	private ProjectEvents() {
	}

	public record ProjectCreated(UUID organisationId, UUID projectId, String title) implements Auditable {
		public String action() { return "project.created"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return title; }
	}

	public record ProjectRevised(UUID organisationId, UUID projectId, String title, int revision)
			implements Auditable {
		public String action() { return "project.revised"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return title + " (" + revision + ")"; }
	}

	/** A recorded assessment or decision of a body moved the card to a status. */
	public record ProjectStatusDecided(UUID organisationId, UUID projectId, String title, Status status, String note)
			implements Auditable {
		public String action() { return "project.status-decided"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return title + ": " + status + (note.isEmpty() ? "" : " – " + note); }
	}

	/** Someone who may not publish marked the card public; it stays as it was until IT management decides. */
	public record PublicationProposed(UUID organisationId, UUID projectId, String title) implements Auditable {
		public String action() { return "project.publication-proposed"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return title; }
	}

	/** IT management declined a proposal to publish the card. */
	public record PublicationDeclined(UUID organisationId, UUID projectId, String title) implements Auditable {
		public String action() { return "project.publication-declined"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return title; }
	}

	/** A card or the portfolio left the application: printed, or later exported to a file. */
	public record ProjectsExported(UUID organisationId, String format, String what, int count) implements Auditable {
		public String action() { return "portfolio.exported"; }
		public String objectType() { return format; }
		public String objectId() { return what; }
		public String summary() { return what + " (" + count + ")"; }
	}

}
