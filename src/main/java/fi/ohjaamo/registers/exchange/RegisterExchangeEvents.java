package fi.ohjaamo.registers.exchange;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/**
 * The register in spreadsheets, for the audit log: an import as one event with its counts (each system it writes is
 * logged by the register too), and an export, which is a disclosure.
 */
public final class RegisterExchangeEvents {

	private RegisterExchangeEvents() {
	}

	public record SystemsImported(UUID organisationId, int created, int updated, int vendorsCreated)
			implements Auditable {
		public String action() { return "registers.systems-imported"; }
		public String objectType() { return "xlsx"; }
		public String objectId() { return "information-systems"; }
		public String summary() {
			return "created " + created + ", updated " + updated + ", new vendors " + vendorsCreated;
		}
	}

	public record RegisterExported(UUID organisationId, int systems) implements Auditable {
		public String action() { return "registers.exported"; }
		public String objectType() { return "xlsx"; }
		public String objectId() { return "information-systems"; }
		public String summary() { return "information systems (" + systems + ")"; }
	}

}
