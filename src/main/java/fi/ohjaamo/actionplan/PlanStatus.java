package fi.ohjaamo.actionplan;

/** A plan is drafted until its approval freezes it. */
public enum PlanStatus {

	DRAFT, APPROVED

}
