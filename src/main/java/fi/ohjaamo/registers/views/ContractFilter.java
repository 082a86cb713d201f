package fi.ohjaamo.registers.views;

import java.time.LocalDate;

import fi.ohjaamo.registers.Contract;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The contracts list as its URL states it.
 *
 * @param q words searched in the subject, the vendor's name, the other parties and the procurement reference
 * @param noticeDays the last day for giving notice falls within this many days from today (not already passed)
 */
public record ContractFilter(@Nullable String q, @PositiveOrZero @Max(3650) @Nullable Integer noticeDays) {

	public ContractFilter {
		q = q == null ? "" : q.strip();
	}

	public static ContractFilter none() {
		return new ContractFilter(null, null);
	}

	public ContractFilter withoutNoticeDays() {
		return new ContractFilter(q, null);
	}

	boolean matches(Contract contract, String vendorName, LocalDate today) {
		return Words.of(q).foundIn(contract.getSubject(), vendorName, contract.getOtherParties(),
				contract.getProcurementReference()) && noticeAsChosen(contract.noticeDeadline(), today);
	}

	private boolean noticeAsChosen(@Nullable LocalDate deadline, LocalDate today) {
		if (noticeDays == null) {
			return true;
		}
		// As on the home page: a deadline already passed can no longer be acted on, so it is not "within N days".
		return deadline != null && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(noticeDays));
	}

}
