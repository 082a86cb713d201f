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

	/** A later decision of an approved plan's chain, such as the council's after the board's. */
	public record ActionPlanDecisionRecorded(UUID organisationId, UUID planId, String title, String body,
			String section) implements Auditable {
		public String action() { return "actionplan.decisionRecorded"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title + " (" + body + " " + section + ")"; }
	}

	/** A recorded decision of a plan's approval chain corrected. */
	public record ActionPlanDecisionCorrected(UUID organisationId, UUID planId, String title, String body,
			String section) implements Auditable {
		public String action() { return "actionplan.decisionCorrected"; }
		public String objectType() { return "action-plan"; }
		public String objectId() { return planId.toString(); }
		public String summary() { return title + " (" + body + " " + section + ")"; }
	}

	/** A decision recorded by mistake removed from a plan's approval chain. */
	public record ActionPlanDecisionRemoved(UUID organisationId, UUID planId, String title, String body,
			String section) implements Auditable {
		public String action() { return "actionplan.decisionRemoved"; }
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
