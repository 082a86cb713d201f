package fi.ohjaamo.prioritisation.fundingcall;

/** A call is prepared as a draft, open for applications, closed for scoring and selection, and then decided. */
public enum FundingCallStatus {

	DRAFT, OPEN, CLOSED, DECIDED

}
