package fi.ohjaamo.prioritisation.fundingcall;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens to funding calls and their applications; the audit log records each. */
public final class FundingCallEvents {

	private FundingCallEvents() {
	}

	/** A call was created or its definition saved; the summary names it, its budget and period. */
	public record FundingCallSaved(UUID organisationId, UUID callId, String summary) implements Auditable {

		public String action() {
			return "prioritisation.funding-call-saved";
		}

		public String objectType() {
			return "funding-call";
		}

		public String objectId() {
			return callId.toString();
		}

	}

	/** A call was opened, closed or opened again. */
	public record FundingCallMoved(UUID organisationId, UUID callId, String summary) implements Auditable {

		public String action() {
			return "prioritisation.funding-call-moved";
		}

		public String objectType() {
			return "funding-call";
		}

		public String objectId() {
			return callId.toString();
		}

	}

	/** A unit applied for funding with a project. */
	public record FundingApplied(UUID organisationId, UUID applicationId, String summary) implements Auditable {

		public String action() {
			return "prioritisation.funding-applied";
		}

		public String objectType() {
			return "funding-application";
		}

		public String objectId() {
			return applicationId.toString();
		}

	}

	/** An evaluator scored an application on the call's criteria. */
	public record FundingApplicationScored(UUID organisationId, UUID applicationId, String summary)
			implements Auditable {

		public String action() {
			return "prioritisation.funding-application-scored";
		}

		public String objectType() {
			return "funding-application";
		}

		public String objectId() {
			return applicationId.toString();
		}

	}

	/** IT management included or left out an application against the ranking, with the reason. */
	public record FundingSelectionOverridden(UUID organisationId, UUID applicationId, String summary)
			implements Auditable {

		public String action() {
			return "prioritisation.funding-selection-overridden";
		}

		public String objectType() {
			return "funding-application";
		}

		public String objectId() {
			return applicationId.toString();
		}

	}

	/** The call's results were recorded: each application granted or not. */
	public record FundingCallDecided(UUID organisationId, UUID callId, String summary) implements Auditable {

		public String action() {
			return "prioritisation.funding-call-decided";
		}

		public String objectType() {
			return "funding-call";
		}

		public String objectId() {
			return callId.toString();
		}

	}

}
