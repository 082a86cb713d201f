package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to action plans, for the audit log. */
public final class PlanEvents {

	private PlanEvents() {
	}

	public record ActionPlanCreated(UUID organisationId, UUID planId, String title) implements Auditable {
		public String action() { return "actionplan.created"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title; }
	}

	/** A draft changed; {@code what} names the change (heading, chapters, projects, order). */
	public record ActionPlanChanged(UUID organisationId, UUID planId, String title, String what) implements Auditable {
		public String action() { return "actionplan.changed"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title + " (" + what + ")"; }
	}

	public record ActionPlanApproved(UUID organisationId, UUID planId, String title, String body, String section)
			implements Auditable {
		public String action() { return "actionplan.approved"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title + " (" + body + " " + section + ")"; }
	}

	/** A draft started as the next version of an approved plan, which stays as it was approved. */
	public record ActionPlanVersionStarted(UUID organisationId, UUID planId, String title, UUID approvedPlanId)
			implements Auditable {
		public String action() { return "actionplan.versionStarted"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title; }
	}

	public record ActionPlanDeleted(UUID organisationId, UUID planId, String title) implements Auditable {
		public String action() { return "actionplan.deleted"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title; }
	}

}
