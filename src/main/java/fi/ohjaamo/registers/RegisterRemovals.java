package fi.ohjaamo.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting systems, vendors and contracts entered by mistake or no longer wanted. A system or a vendor that another
 * record refers to is kept, and what refers to it is told, so that no contract, integration or project link points
 * nowhere. The deleted record's history stays, its last version marked deleted. Only the register's keepers
 * ({@link RegisterAccess}) delete.
 */
@Service
@Transactional(readOnly = true)
public class RegisterRemovals {

	private final InformationSystemRepository systems;

	private final VendorRepository vendors;

	private final ContractRepository contracts;

	private final InformationSystems systemApi;

	private final Vendors vendorApi;

	private final Contracts contractApi;

	private final ProjectLinks links;

	private final SystemSnapshots snapshots;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	RegisterRemovals(InformationSystemRepository systems, VendorRepository vendors, ContractRepository contracts,
			InformationSystems systemApi, Vendors vendorApi, Contracts contractApi, ProjectLinks links,
			SystemSnapshots snapshots, Versions versions, ApplicationEventPublisher events) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.systemApi = systemApi;
		this.vendorApi = vendorApi;
		this.contractApi = contractApi;
		this.links = links;
		this.snapshots = snapshots;
		this.versions = versions;
		this.events = events;
	}

	/** The contracts covering the system, the other systems integrating with it and the projects changing it. */
	public List<RegisterReference> referencesToSystem(UUID organisationId, UUID systemId) {
		systemApi.get(organisationId, systemId);
		var references = new ArrayList<RegisterReference>();
		contractApi.covering(organisationId, systemId).forEach(c -> references.add(new RegisterReference(
				"registers.delete.byContract", c.getSubject(), "/registers/contracts/" + c.getId())));
		systemApi.of(organisationId).stream()
			.filter(s -> s.getIntegrations().stream().anyMatch(i -> i.targetSystemId().equals(systemId)))
			.forEach(s -> references.add(new RegisterReference("registers.delete.byIntegration", s.getName(),
					"/registers/systems/" + s.getId() + "#integrations")));
		links.ofSystem(organisationId, systemId).forEach(p -> references.add(new RegisterReference(
				"registers.delete.byProject", p.number() + " " + p.title(), "/projects/" + p.projectId())));
		return references;
	}

	/** The systems and the contracts of the vendor. */
	public List<RegisterReference> referencesToVendor(UUID organisationId, UUID vendorId) {
		vendorApi.get(organisationId, vendorId);
		var references = new ArrayList<RegisterReference>();
		systemApi.of(organisationId).stream().filter(s -> vendorId.equals(s.getVendorId()))
			.forEach(s -> references.add(new RegisterReference("registers.delete.bySystem", s.getName(),
					"/registers/systems/" + s.getId())));
		contractApi.of(organisationId).stream().filter(c -> c.getVendorId().equals(vendorId))
			.forEach(c -> references.add(new RegisterReference("registers.delete.byContract", c.getSubject(),
					"/registers/contracts/" + c.getId())));
		return references;
	}

	/** @throws RegisterRecordInUseException when something refers to the system; nothing is deleted then */
	@Transactional
	public void removeSystem(CurrentUser user, UUID systemId) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var system = systemApi.get(organisationId, systemId);
		if (!referencesToSystem(organisationId, systemId).isEmpty()) {
			throw new RegisterRecordInUseException();
		}
		versions.keepDeleted(organisationId, new Subject(InformationSystems.SUBJECT_TYPE, systemId), system.getName(),
				snapshots.of(system));
		systems.delete(system);
		systems.flush();
		events.publishEvent(new RegisterEvents.SystemWritten(organisationId, systemId, "registers.system-removed",
				system.getName()));
	}

	/** @throws RegisterRecordInUseException when a system or a contract refers to the vendor; nothing is deleted then */
	@Transactional
	public void removeVendor(CurrentUser user, UUID vendorId) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var vendor = vendorApi.get(organisationId, vendorId);
		if (!referencesToVendor(organisationId, vendorId).isEmpty()) {
			throw new RegisterRecordInUseException();
		}
		versions.keepDeleted(organisationId, new Subject(Vendors.SUBJECT_TYPE, vendorId), vendor.getName(),
				Vendors.snapshotOf(vendor));
		vendors.delete(vendor);
		vendors.flush();
		events.publishEvent(new RegisterEvents.VendorWritten(organisationId, vendorId, "registers.vendor-removed",
				vendor.getName()));
	}

	/** Deletes a contract; nothing refers to contracts. */
	@Transactional
	public void removeContract(CurrentUser user, UUID contractId) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var contract = contractApi.get(organisationId, contractId);
		versions.keepDeleted(organisationId, new Subject(Contracts.SUBJECT_TYPE, contractId), contract.getSubject(),
				contractApi.snapshotOf(contract));
		contracts.delete(contract);
		contracts.flush();
		events.publishEvent(new RegisterEvents.ContractWritten(organisationId, contractId,
				"registers.contract-removed", contract.getSubject()));
	}

}
