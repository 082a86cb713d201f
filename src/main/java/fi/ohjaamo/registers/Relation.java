package fi.ohjaamo.registers;

/** What a project does to a system. Replacing, upgrading and retiring address the system's end of support. */
public enum Relation {

	REPLACES, UPGRADES, INTEGRATES, RETIRES;

	public boolean addressesEndOfSupport() {
		return this != INTEGRATES;
	}

}
