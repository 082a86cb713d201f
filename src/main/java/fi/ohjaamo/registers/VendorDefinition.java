package fi.ohjaamo.registers;

/** A vendor's name, business id (Y-tunnus) and how to reach them. */
public record VendorDefinition(String name, String businessId, String contact) {

	public static VendorDefinition named(String name) {
		return new VendorDefinition(name, "", "");
	}

}
