package fi.ohjaamo.registers;

/** Where the system runs, or UNKNOWN when nobody has said yet. */
public enum Hosting {

	OWN_DATA_CENTRE, SAAS, CLOUD, REGIONAL_PROVIDER, UNKNOWN

}
