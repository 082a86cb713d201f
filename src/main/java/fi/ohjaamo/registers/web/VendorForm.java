package fi.ohjaamo.registers.web;

import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.VendorDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a vendor; {@code version} is the version the person saw, null when adding. */
record VendorForm(@NotBlank @Size(max = 200) String name, @Size(max = 20) String businessId,
		@Size(max = 500) String contact, @Nullable Long version) {

	VendorForm {
		name = name == null ? "" : name.strip();
		businessId = businessId == null ? "" : businessId.strip();
		contact = contact == null ? "" : contact.strip();
	}

	static VendorForm blank() {
		return new VendorForm("", "", "", null);
	}

	static VendorForm of(Vendor vendor) {
		return new VendorForm(vendor.getName(), vendor.getBusinessId(), vendor.getContact(), vendor.getVersion());
	}

	VendorDefinition definition() {
		return new VendorDefinition(name, businessId, contact);
	}

}
