package fi.ohjaamo.registers;

/** Which way data flows in an integration, seen from the system it is recorded on. */
public enum Direction {

	OUTGOING, INCOMING, BOTH_WAYS

}
