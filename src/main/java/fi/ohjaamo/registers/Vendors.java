package fi.ohjaamo.registers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The register's vendors. Every write taking the signed-in person asks {@link RegisterAccess} first; adding by
 * organisation id is for starting data that no person asked for, such as the demo's.
 */
@Service
@Transactional(readOnly = true)
public class Vendors {

	public static final String SUBJECT_TYPE = "vendor";

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

	/** The names of the organisation's vendors by id, for pages that name vendors. */
	public Map<UUID, String> namesOf(UUID organisationId) {
		return of(organisationId).stream().collect(Collectors.toMap(Vendor::getId, Vendor::getName));
	}

	/** Adds an error for each broken rule, on the field it concerns. */
	public void check(UUID organisationId, @Nullable UUID vendorId, VendorDefinition definition, Errors errors) {
		String key = Vendor.keyOf(definition.name());
		if (of(organisationId).stream()
			.anyMatch(v -> !v.getId().equals(vendorId) && Vendor.keyOf(v.getName()).equals(key))) {
			errors.rejectValue("name", "registers.vendor.name.taken");
		}
	}

	/**
	 * Adds a vendor as the person keeping the register.
	 * @throws VendorNameTakenException when another vendor of the organisation was given the name meanwhile
	 */
	@Transactional
	public Vendor add(CurrentUser user, VendorDefinition definition) {
		RegisterAccess.requireKeeper(user);
		return add(user.organisationId(), definition);
	}

	/**
	 * Adds a vendor that no person asked for: an organisation's starting data, such as the demo's.
	 * @throws VendorNameTakenException when another vendor of the organisation was given the name meanwhile
	 */
	@Transactional
	public Vendor add(UUID organisationId, VendorDefinition definition) {
		requireValid(organisationId, null, definition);
		var vendor = saved(new Vendor(organisationId, definition));
		written(vendor, "registers.vendor-added");
		return vendor;
	}

	/**
	 * @throws RegisterChangedMeanwhileException when someone saved the vendor meanwhile
	 * @throws VendorNameTakenException when another vendor of the organisation was given the name meanwhile
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID vendorId, VendorDefinition definition, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var vendor = get(organisationId, vendorId);
		if (vendor.getVersion() != seenVersion) {
			throw new RegisterChangedMeanwhileException();
		}
		requireValid(organisationId, vendorId, definition);
		vendor.redefine(definition);
		saved(vendor);
		written(vendor, "registers.vendor-changed");
	}

	/** Saves now, so that a name taken by a simultaneous save is told here rather than at commit. */
	private Vendor saved(Vendor vendor) {
		try {
			return vendors.saveAndFlush(vendor);
		}
		catch (DataIntegrityViolationException ex) {
			throw new VendorNameTakenException(ex);
		}
	}

	private void requireValid(UUID organisationId, @Nullable UUID vendorId, VendorDefinition definition) {
		var errors = new MapBindingResult(new HashMap<>(), "vendor");
		check(organisationId, vendorId, definition, errors);
		if (errors.getFieldErrors("name").stream().anyMatch(e -> "registers.vendor.name.taken".equals(e.getCode()))) {
			throw new VendorNameTakenException(null);
		}
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the vendor breaks the rules: " + errors.getAllErrors());
		}
	}

	private void written(Vendor vendor, String action) {
		versions.keep(vendor.getOrganisationId(), new Subject(SUBJECT_TYPE, vendor.getId()), vendor.getName(),
				snapshotOf(vendor));
		events.publishEvent(new RegisterEvents.VendorWritten(vendor.getOrganisationId(), vendor.getId(), action,
				vendor.getName()));
	}

	static Snapshot snapshotOf(Vendor vendor) {
		return Snapshot.builder()
			.text("registers.vendor.name", vendor.getName())
			.text("registers.vendor.businessId", vendor.getBusinessId())
			.text("registers.vendor.contact", vendor.getContact())
			.build();
	}

}
