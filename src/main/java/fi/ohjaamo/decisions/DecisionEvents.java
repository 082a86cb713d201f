package fi.ohjaamo.decisions;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens in the decisions module, for the audit log. */
public final class DecisionEvents {

	private DecisionEvents() {
	}

	public record RuleAdded(UUID organisationId, UUID ruleId, String name) implements Auditable {
		public String action() { return "decisions.rule-added"; }
		public String objectType() { return "decision-rule"; }
		public String objectId() { return ruleId.toString(); }
		public String summary() { return name; }
	}

	public record RuleChanged(UUID organisationId, UUID ruleId, String name) implements Auditable {
		public String action() { return "decisions.rule-changed"; }
		public String objectType() { return "decision-rule"; }
		public String objectId() { return ruleId.toString(); }
		public String summary() { return name; }
	}

	public record RuleRemoved(UUID organisationId, UUID ruleId, String name) implements Auditable {
		public String action() { return "decisions.rule-removed"; }
		public String objectType() { return "decision-rule"; }
		public String objectId() { return ruleId.toString(); }
		public String summary() { return name; }
	}

	public record FactsStated(UUID organisationId, UUID projectId, String summary) implements Auditable {
		public String action() { return "decisions.facts-stated"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
	}

	public record AnalysisRecorded(UUID organisationId, UUID projectId, Analysis kind, String summary)
			implements Auditable {
		public String action() { return "decisions.analysis-recorded"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
	}

	public record DecisionRecorded(UUID organisationId, UUID projectId, String bodyName, DecisionOutcome outcome,
			String minutesSection) implements Auditable {
		public String action() { return "decisions.decision-recorded"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return bodyName + " " + minutesSection + ": " + outcome; }
	}

	/** A decision's record corrected by a new one, with the reason; the decision itself stands. */
	public record DecisionCorrected(UUID organisationId, UUID projectId, String bodyName, String minutesSection,
			String reason) implements Auditable {
		public String action() { return "decisions.decision-corrected"; }
		public String objectType() { return "project"; }
		public String objectId() { return projectId.toString(); }
		public String summary() { return bodyName + " " + minutesSection + ": " + reason; }
	}

}
