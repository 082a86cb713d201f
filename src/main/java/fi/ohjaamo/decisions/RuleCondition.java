package fi.ohjaamo.decisions;

/** When a decision rule applies to a project. */
public enum RuleCondition {

	/** Every project. */
	ALWAYS,
	/** The one-off costs together exceed the limit. */
	ONE_OFF_ABOVE,
	/** The recurring costs of the costliest year exceed the limit. */
	RECURRING_ABOVE,
	/** One-off costs plus recurring costs per year × N years exceed the limit. */
	TOTAL_ABOVE,
	/** The card is of the named kind, such as a procurement. */
	PROJECT_KIND,
	/** The project's facts say it introduces a new information system. */
	NEW_INFORMATION_SYSTEM,
	/** The project's facts say it processes personal data. */
	PERSONAL_DATA,
	/** The project's facts say it crosses service areas. */
	CROSS_SECTOR;

	public boolean needsLimit() {
		return this == ONE_OFF_ABOVE || this == RECURRING_ABOVE || this == TOTAL_ABOVE;
	}

}
