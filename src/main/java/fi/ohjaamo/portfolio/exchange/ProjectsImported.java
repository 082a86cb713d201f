package fi.ohjaamo.portfolio.exchange;

import java.util.UUID;

import fi.ohjaamo.shared.Auditable;

/**
 * Projects imported from a spreadsheet, as one entry of the audit log with its counts, like the register's import;
 * each card it writes is logged by the portfolio too.
 */
public record ProjectsImported(UUID organisationId, int created, int updated) implements Auditable {

	public String action() { return "portfolio.imported"; }

	public String objectType() { return "xlsx"; }

	public String objectId() { return "projects"; }

	public String summary() {
		return "created " + created + ", updated " + updated;
	}

}
