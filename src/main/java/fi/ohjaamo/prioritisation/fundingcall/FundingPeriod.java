package fi.ohjaamo.prioritisation.fundingcall;

import java.time.LocalDate;

/** The days a call takes applications, both ends included. */
public record FundingPeriod(LocalDate opensOn, LocalDate closesOn) {

	/** Two calls of one organisation may not take applications on the same day: units would not know which to use. */
	public boolean overlaps(FundingPeriod other) {
		return !opensOn.isAfter(other.closesOn) && !other.opensOn.isAfter(closesOn);
	}

	public boolean closesBeforeOpening() {
		return closesOn.isBefore(opensOn);
	}

	public boolean includes(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

}
