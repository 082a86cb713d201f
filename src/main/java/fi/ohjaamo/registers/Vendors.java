package fi.ohjaamo.registers;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The register's vendors. */
@Service
@Transactional(readOnly = true)
public class Vendors {

	static final String SUBJECT_TYPE = "vendor";

	private final VendorRepository vendors;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	Vendors(VendorRepository vendors, Versions versions, ApplicationEventPublisher events) {
		this.vendors = vendors;
		this.versions = versions;
		this.events = events;
	}

	public List<Vendor> of(UUID organisationId) {
		return vendors.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	public Vendor get(UUID organisationId, UUID vendorId) {
		return vendors.findByIdAndOrganisationId(vendorId, organisationId).orElseThrow(NotFoundException::new);
	}

	public void check(UUID organisationId, @Nullable UUID vendorId, VendorDefinition definition, Errors errors) {
		if (of(organisationId).stream()
			.anyMatch(v -> !v.getId().equals(vendorId) && v.getName().equalsIgnoreCase(definition.name().strip()))) {
			errors.rejectValue("name", "registers.vendor.name.taken");
		}
	}

	@Transactional
	public Vendor add(UUID organisationId, VendorDefinition definition) {
		var vendor = vendors.save(new Vendor(organisationId, definition));
		written(vendor, "registers.vendor-added");
		return vendor;
	}

	/** @throws RegisterChangedMeanwhileException when someone saved the vendor meanwhile */
	@Transactional
	public void redefine(UUID organisationId, UUID vendorId, VendorDefinition definition, long seenVersion) {
		var vendor = get(organisationId, vendorId);
		if (vendor.getVersion() != seenVersion) {
			throw new RegisterChangedMeanwhileException();
		}
		vendor.redefine(definition);
		vendors.saveAndFlush(vendor);
		written(vendor, "registers.vendor-changed");
	}

	private void written(Vendor vendor, String action) {
		versions.keep(vendor.getOrganisationId(), new Subject(SUBJECT_TYPE, vendor.getId()), vendor.getName(),
				Snapshot.builder()
					.text("registers.vendor.name", vendor.getName())
					.text("registers.vendor.businessId", vendor.getBusinessId())
					.text("registers.vendor.contact", vendor.getContact())
					.build());
		events.publishEvent(new RegisterEvents.VendorWritten(vendor.getOrganisationId(), vendor.getId(), action,
				vendor.getName()));
	}

}
