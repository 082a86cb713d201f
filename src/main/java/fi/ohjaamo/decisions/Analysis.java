package fi.ohjaamo.decisions;

/** What must exist before a project can be assessed, as a rule may require. */
public enum Analysis {

	/** A total-cost-of-ownership analysis is recorded. */
	TCO,
	/** All four parts of the card's change-impact assessment are assessed. */
	IMPACT_ASSESSMENT,
	/** A risk assessment is recorded. */
	RISK_ASSESSMENT

}
