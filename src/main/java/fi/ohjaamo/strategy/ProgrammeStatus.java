package fi.ohjaamo.strategy;

/** Where a programme is in its life: being prepared, being carried out, or finished and kept for reference. */
public enum ProgrammeStatus {

	DRAFT, ACTIVE, CLOSED

}
