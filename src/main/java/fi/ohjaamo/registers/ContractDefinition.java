package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract with a vendor: its subject, other parties besides the organisation and the vendor, the systems it
 * covers, its value, term and notice period in months, options and renewals, procurement reference and document.
 */
public record ContractDefinition(UUID vendorId, String subject, String otherParties, List<UUID> systemIds,
		@Nullable BigDecimal value, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer noticeMonths,
		String options, String procurementReference, String documentLink) {

	public ContractDefinition {
		systemIds = systemIds.stream().distinct().toList();
	}

	/**
	 * The last day notice can be given so that the contract ends at its end date; null for a contract that runs
	 * until further notice or has no notice period.
	 */
	public @Nullable LocalDate noticeDeadline() {
		if (endsOn == null || noticeMonths == null) {
			return null;
		}
		return endsOn.minusMonths(noticeMonths);
	}

}
