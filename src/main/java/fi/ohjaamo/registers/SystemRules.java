package fi.ohjaamo.registers;

import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The rules a system's definition must keep, checked before anything is written. */
@Component
class SystemRules {

	private final InformationSystemRepository systems;

	private final VendorRepository vendors;

	private final Organisations organisations;

	SystemRules(InformationSystemRepository systems, VendorRepository vendors, Organisations organisations) {
		this.systems = systems;
		this.vendors = vendors;
		this.organisations = organisations;
	}

	void check(UUID organisationId, @Nullable UUID systemId, SystemDefinition d, Errors errors) {
		if (systems.findByOrganisationIdOrderByNameAsc(organisationId).stream()
			.anyMatch(s -> !s.getId().equals(systemId) && s.getName().equalsIgnoreCase(d.name().strip()))) {
			errors.rejectValue("name", "registers.system.name.taken");
		}
		var units = organisations.unitsOf(organisationId);
		if (d.serviceAreaId() != null && !units.isServiceArea(d.serviceAreaId())) {
			errors.rejectValue("serviceAreaId", "registers.system.serviceAreaId.unknown");
		}
		if (!organisations.hasUnit(organisationId, d.ownerUnitId())) {
			errors.rejectValue("ownerUnitId", "registers.system.ownerUnitId.unknown");
		}
		if (!organisations.hasPerson(organisationId, d.mainUserPersonId())) {
			errors.rejectValue("mainUserPersonId", "registers.system.mainUserPersonId.unknown");
		}
		// One main user: a person of the organisation, or someone outside it named in text.
		if (d.mainUserPersonId() != null && !d.mainUser().isBlank()) {
			errors.rejectValue("mainUser", "registers.system.mainUser.both");
		}
		if (d.vendorId() != null && vendors.findByIdAndOrganisationId(d.vendorId(), organisationId).isEmpty()) {
			errors.rejectValue("vendorId", "registers.system.vendorId.unknown");
		}
		if (d.inUseSince() != null && d.productSupportEnds() != null && d.productSupportEnds().isBefore(d.inUseSince())) {
			errors.rejectValue("productSupportEnds", "registers.system.supportEnds.beforeStart");
		}
		if (d.inUseSince() != null && d.platformSupportEnds() != null
				&& d.platformSupportEnds().isBefore(d.inUseSince())) {
			errors.rejectValue("platformSupportEnds", "registers.system.supportEnds.beforeStart");
		}
		if (d.userCount() != null && d.userCount() < 0) {
			errors.rejectValue("userCount", "registers.system.userCount.negative");
		}
	}

}
