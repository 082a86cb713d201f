package fi.ohjaamo.registers.exchange;

import java.util.List;

/**
 * The register's sheets beside the systems: integrations, yearly costs, vendors and contracts, each with its columns
 * in the order the export writes them. The import finds a sheet by its name and a column by its heading in any of
 * the languages; a column marked derived (a total, a notice deadline) is only shown and never read back.
 */
enum RegisterSheet {

	INTEGRATIONS("exchange.system.sheet.integrations", List.of(Column.SYSTEM, Column.TARGET, Column.DIRECTION,
			Column.METHOD)),
	COSTS("exchange.system.sheet.costs", List.of(Column.SYSTEM, Column.YEAR, Column.MAINTENANCE, Column.LICENCES,
			Column.TOTAL)),
	VENDORS("exchange.system.sheet.vendors", List.of(Column.VENDOR_NAME, Column.BUSINESS_ID, Column.CONTACT)),
	CONTRACTS("exchange.system.sheet.contracts", List.of(Column.SUBJECT, Column.CONTRACT_VENDOR, Column.OTHER_PARTIES,
			Column.SYSTEMS, Column.VALUE, Column.STARTS_ON, Column.ENDS_ON, Column.NOTICE_MONTHS,
			Column.NOTICE_DEADLINE, Column.OPTIONS, Column.PROCUREMENT_REFERENCE, Column.DOCUMENT_LINK));

	final String nameKey;

	final List<Column> columns;

	RegisterSheet(String nameKey, List<Column> columns) {
		this.nameKey = nameKey;
		this.columns = columns;
	}

	/** A column of one of the sheets: its heading (the register's own label) and width in characters. */
	enum Column {

		SYSTEM("registers.system.name", 32), TARGET("registers.integration.target", 32),
		DIRECTION("registers.integration.direction", 16), METHOD("registers.integration.method", 40),
		YEAR("registers.cost.year", 8), MAINTENANCE("registers.cost.maintenance", 14),
		LICENCES("registers.cost.licences", 14), TOTAL("registers.cost.total", 14),
		VENDOR_NAME("registers.vendor.name", 32), BUSINESS_ID("registers.vendor.businessId", 14),
		CONTACT("registers.vendor.contact", 40), SUBJECT("registers.contract.subject", 32),
		CONTRACT_VENDOR("registers.contract.vendor", 24), OTHER_PARTIES("registers.contract.otherParties", 24),
		SYSTEMS("registers.contract.systems", 32), VALUE("registers.contract.value", 14),
		STARTS_ON("registers.contract.startsOn", 12), ENDS_ON("registers.contract.endsOn", 12),
		NOTICE_MONTHS("registers.contract.noticeMonths", 12), NOTICE_DEADLINE("registers.contract.noticeDeadline", 14),
		OPTIONS("registers.contract.options", 24), PROCUREMENT_REFERENCE("registers.contract.procurementReference", 16),
		DOCUMENT_LINK("registers.contract.documentLink", 30);

		final String headingKey;

		final int width;

		Column(String headingKey, int width) {
			this.headingKey = headingKey;
			this.width = width;
		}

		/** Computed from the other columns, so only shown. */
		boolean derived() {
			return this == TOTAL || this == NOTICE_DEADLINE;
		}

	}

}
