package fi.ohjaamo.registers;

/** Where the system runs. */
public enum Hosting {

	OWN_DATA_CENTRE, SAAS, CLOUD, REGIONAL_PROVIDER

}
