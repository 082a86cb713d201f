package fi.ohjaamo.portfolio;

/** Who answers for the schedule and appoints the project manager. */
public enum ScheduleOwner {

	IT, SERVICE_AREA, BOTH,
	/** Not agreed yet; printed so rather than a guess. */
	NOT_ASSESSED

}
