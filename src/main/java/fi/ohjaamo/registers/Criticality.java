package fi.ohjaamo.registers;

/** How badly the organisation's services suffer when the system is down. */
public enum Criticality {

	LOW, MEDIUM, HIGH, CRITICAL

}
