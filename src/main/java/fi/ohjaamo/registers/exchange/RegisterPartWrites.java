package fi.ohjaamo.registers.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.exchange.ImportAction;
import fi.ohjaamo.exchange.ImportRejected;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.YearCost;
import fi.ohjaamo.registers.exchange.SystemImportPreview.Part;

/**
 * Writes the rows of the register's other sheets through the register's API, in the commit's transaction: vendors
 * before the systems that may name them, integrations, costs and contracts after, with the names of systems and
 * vendors turned into the ids they have now, the ones just added included. Rows as they were write nothing. The
 * register asks whether the person importing may keep it before each write.
 */
final class RegisterPartWrites {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	RegisterPartWrites(InformationSystems systems, Vendors vendors, Contracts contracts) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
	}

	/** Adds and changes the vendors of the vendors sheet; the ids of those added go into {@code added} by name. */
	void writeVendors(CurrentUser user, List<Part> parts, Map<String, UUID> added) {
		for (var part : changing(parts)) {
			if (part.write() instanceof Part.VendorWrite vendor) {
				if (vendor.vendorId() == null) {
					added.put(RegisterParts.normal(vendor.definition().name()),
							vendors.add(user, vendor.definition()).getId());
				}
				else {
					vendors.redefine(user, vendor.vendorId(), vendor.definition(), part.basedOnVersion());
				}
			}
		}
	}

	/** Writes the integrations, costs and contracts, once the systems and vendors they name exist. */
	void writeTheRest(CurrentUser user, List<Part> parts) {
		UUID org = user.organisationId();
		Map<String, UUID> systemIds = systems.of(org).stream()
			.collect(Collectors.toMap(s -> RegisterParts.normal(s.getName()), InformationSystem::getId, (a, b) -> a));
		Map<String, UUID> vendorIds = vendors.of(org).stream()
			.collect(Collectors.toMap(v -> RegisterParts.normal(v.getName()), Vendor::getId, (a, b) -> a));
		Function<String, UUID> system = name -> id(systemIds, name);
		for (var part : changing(parts)) {
			switch (part.write()) {
				case Part.VendorWrite vendor -> {
				}
				case Part.IntegrationWrite integration -> systems.integrate(user, system.apply(integration.system()),
						new Integration(system.apply(integration.target()), integration.direction(),
								integration.method()));
				case Part.CostWrite cost -> systems.cost(user, system.apply(cost.system()),
						new YearCost(cost.year(), cost.maintenance(), cost.licences()));
				case Part.ContractWrite contract -> {
					var definition = new ContractDefinition(id(vendorIds, contract.vendor()), contract.subject(),
							contract.otherParties(), contract.systems().stream().map(system).toList(), contract.value(),
							java.util.Objects.requireNonNull(contract.startsOn()), contract.endsOn(),
							contract.noticeMonths(), contract.options(), contract.procurementReference(),
							contract.documentLink());
					if (contract.contractId() == null) {
						contracts.add(user, definition);
					}
					else {
						contracts.redefine(user, contract.contractId(), definition, part.basedOnVersion());
					}
				}
			}
		}
	}

	private static List<Part> changing(List<Part> parts) {
		return parts.stream().filter(p -> p.action() != ImportAction.UNCHANGED).toList();
	}

	/** The preview checked every name, so a name that is not found now means the register changed meanwhile. */
	private static UUID id(Map<String, UUID> ids, String name) {
		var id = ids.get(RegisterParts.normal(name));
		if (id == null) {
			throw new ImportRejected("exchange.system.rejected.stale", name);
		}
		return id;
	}

}
