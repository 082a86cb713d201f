package fi.ohjaamo.registers;

/** Where the system is in its lifecycle. */
public enum Phase {

	PLANNED, DEPLOYING, IN_USE, PHASING_OUT, RETIRED

}
