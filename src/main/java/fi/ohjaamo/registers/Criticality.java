package fi.ohjaamo.registers;

/** How badly the organisation's services suffer when the system is down, or UNKNOWN when nobody has said yet. */
public enum Criticality {

	LOW, MEDIUM, HIGH, CRITICAL, UNKNOWN

}
