package fi.ohjaamo.registers;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The register's contracts with vendors, and the notice deadlines they give. Every write taking the signed-in person
 * asks {@link RegisterAccess} first; adding by organisation id is for starting data that no person asked for, such as
 * the demo's.
 */
@Service
@Transactional(readOnly = true)
public class Contracts {

	public static final String SUBJECT_TYPE = "contract";

	private final ContractRepository contracts;

	private final VendorRepository vendors;

	private final InformationSystemRepository systems;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	Contracts(ContractRepository contracts, VendorRepository vendors, InformationSystemRepository systems,
			Versions versions, ApplicationEventPublisher events) {
		this.contracts = contracts;
		this.vendors = vendors;
		this.systems = systems;
		this.versions = versions;
		this.events = events;
	}

	public List<Contract> of(UUID organisationId) {
		return contracts.findByOrganisationIdOrderBySubjectAsc(organisationId);
	}

	public Contract get(UUID organisationId, UUID contractId) {
		return contracts.findByIdAndOrganisationId(contractId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** The contracts covering the system. */
	public List<Contract> covering(UUID organisationId, UUID systemId) {
		return of(organisationId).stream().filter(c -> c.covers(systemId)).toList();
	}

	public void check(UUID organisationId, ContractDefinition d, Errors errors) {
		if (vendors.findByIdAndOrganisationId(d.vendorId(), organisationId).isEmpty()) {
			errors.rejectValue("vendorId", "registers.contract.vendorId.unknown");
		}
		if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
			errors.rejectValue("endsOn", "registers.contract.endsOn.beforeStart");
		}
		if (d.value() != null && d.value().signum() < 0) {
			errors.rejectValue("value", "registers.contract.value.negative");
		}
		if (d.noticeMonths() != null && d.noticeMonths() < 0) {
			errors.rejectValue("noticeMonths", "registers.contract.noticeMonths.negative");
		}
		var known = systems.findByOrganisationIdOrderByNameAsc(organisationId).stream()
			.map(InformationSystem::getId).collect(Collectors.toSet());
		if (!known.containsAll(d.systemIds())) {
			errors.rejectValue("systemIds", "registers.contract.systemIds.unknown");
		}
	}

	/** Adds a contract as the person keeping the register. */
	@Transactional
	public Contract add(CurrentUser user, ContractDefinition definition) {
		RegisterAccess.requireKeeper(user);
		return add(user.organisationId(), definition);
	}

	/** Adds a contract that no person asked for: an organisation's starting data, such as the demo's. */
	@Transactional
	public Contract add(UUID organisationId, ContractDefinition definition) {
		requireValid(organisationId, definition);
		var contract = contracts.save(new Contract(organisationId, definition));
		written(contract, "registers.contract-added");
		return contract;
	}

	/** @throws RegisterChangedMeanwhileException when someone saved the contract meanwhile */
	@Transactional
	public void redefine(CurrentUser user, UUID contractId, ContractDefinition definition, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var contract = get(organisationId, contractId);
		if (contract.getVersion() != seenVersion) {
			throw new RegisterChangedMeanwhileException();
		}
		requireValid(organisationId, definition);
		contract.redefine(definition);
		contracts.saveAndFlush(contract);
		written(contract, "registers.contract-changed");
	}

	private void requireValid(UUID organisationId, ContractDefinition definition) {
		var errors = new MapBindingResult(new HashMap<>(), "contract");
		check(organisationId, definition, errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the contract breaks the rules: " + errors.getAllErrors());
		}
	}

	private void written(Contract c, String action) {
		versions.keep(c.getOrganisationId(), new Subject(SUBJECT_TYPE, c.getId()), c.getSubject(), snapshotOf(c));
		events.publishEvent(new RegisterEvents.ContractWritten(c.getOrganisationId(), c.getId(), action,
				c.getSubject()));
	}

	Snapshot snapshotOf(Contract c) {
		var names = systems.findByIdInAndOrganisationId(c.getSystemIds(), c.getOrganisationId())
			.stream()
			.map(InformationSystem::getName)
			.sorted()
			.collect(Collectors.joining(", "));
		return Snapshot.builder()
			.text("registers.contract.subject", c.getSubject())
			.text("registers.contract.vendor", vendorName(c.getOrganisationId(), c.getVendorId()))
			.text("registers.contract.otherParties", c.getOtherParties())
			.text("registers.contract.systems", names)
			.number("registers.contract.value", null, c.getValue())
			.date("registers.contract.startsOn", c.getStartsOn())
			.date("registers.contract.endsOn", c.getEndsOn())
			.text("registers.contract.noticeMonths", c.getNoticeMonths() == null ? "" : c.getNoticeMonths().toString())
			.text("registers.contract.options", c.getOptions())
			.text("registers.contract.procurementReference", c.getProcurementReference())
			.text("registers.contract.documentLink", c.getDocumentLink())
			.build();
	}

	/** A name for a vendor id of the organisation, for pages that list contracts. */
	public String vendorName(UUID organisationId, @Nullable UUID vendorId) {
		return vendorId == null ? ""
				: vendors.findByIdAndOrganisationId(vendorId, organisationId).map(Vendor::getName).orElse("");
	}

}
