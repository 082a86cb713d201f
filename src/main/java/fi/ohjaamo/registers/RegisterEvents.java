package fi.ohjaamo.registers;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/** What happens in the register, for the audit log. One event type per kind of record, the action says what. */
public final class RegisterEvents {

	private RegisterEvents() {
	}

	/** A system was added or changed; {@code action} is e.g. {@code registers.system-added}. */
	public record SystemWritten(UUID organisationId, UUID systemId, String action, String summary)
			implements Auditable {
		public String objectType() { return "information-system"; }
		public String objectId() { return systemId.toString(); }
	}

	public record VendorWritten(UUID organisationId, UUID vendorId, String action, String summary)
			implements Auditable {
		public String objectType() { return "vendor"; }
		public String objectId() { return vendorId.toString(); }
	}

	public record ContractWritten(UUID organisationId, UUID contractId, String action, String summary)
			implements Auditable {
		public String objectType() { return "contract"; }
		public String objectId() { return contractId.toString(); }
	}

	/** IT management set how far ahead the organisation's home page warns. */
	public record AlertLimitsSet(UUID organisationId, int supportMonths, int noticeDays) implements Auditable {
		public String action() { return "registers.alert-limits-set"; }
		public String objectType() { return "register-alert-settings"; }
		public String objectId() { return organisationId.toString(); }
		public String summary() { return supportMonths + " / " + noticeDays; }
	}

}
