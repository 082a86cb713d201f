package fi.ohjaamo.registers;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import org.springframework.stereotype.Component;

/** A system as its kept version shows it: every field, its integrations, costs per year and assessments. */
@Component
class SystemSnapshots {

	private final Organisations organisations;

	private final VendorRepository vendors;

	private final InformationSystemRepository systems;

	SystemSnapshots(Organisations organisations, VendorRepository vendors, InformationSystemRepository systems) {
		this.organisations = organisations;
		this.vendors = vendors;
		this.systems = systems;
	}

	Snapshot of(InformationSystem s) {
		var units = organisations.unitsOf(s.getOrganisationId());
		Map<UUID, String> systemNames = systems.findByOrganisationIdOrderByNameAsc(s.getOrganisationId()).stream()
			.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName));
		var b = Snapshot.builder()
			.text("registers.system.name", s.getName())
			.text("registers.system.purpose", s.getPurpose())
			.text("registers.system.serviceArea", s.getServiceAreaId() == null ? "" : units.nameOf(s.getServiceAreaId()))
			.text("registers.system.ownerUnit", s.getOwnerUnitId() == null ? "" : units.nameOf(s.getOwnerUnitId()))
			.text("registers.system.mainUser", s.getMainUserPersonId() == null ? s.getMainUser()
					: organisations.person(s.getMainUserPersonId()).map(PersonView::displayName).orElse(""))
			.text("registers.system.vendor", s.getVendorId() == null ? ""
					: vendors.findByIdAndOrganisationId(s.getVendorId(), s.getOrganisationId())
						.map(Vendor::getName)
						.orElse(""))
			.text("registers.system.userCount", s.getUserCount() == null ? "" : s.getUserCount().toString())
			.code("registers.system.criticality", "registers.criticality." + s.getCriticality())
			.code("registers.system.hosting", "registers.hosting." + s.getHosting())
			.code("registers.system.personalData", answer(s.getPersonalData()))
			.code("registers.system.confidentialData", yesNo(s.isConfidentialData()))
			.text("registers.system.retentionNotes", s.getRetentionNotes())
			.code("registers.system.useLogged", answer(s.getUseLogged()))
			.code("registers.system.phase", "registers.phase." + s.getPhase())
			.date("registers.system.inUseSince", s.getInUseSince())
			.date("registers.system.productSupportEnds", s.getProductSupportEnds())
			.text("registers.system.platform", s.getPlatform())
			.date("registers.system.platformSupportEnds", s.getPlatformSupportEnds());
		for (var i : s.getIntegrations()) {
			String other = systemNames.getOrDefault(i.targetSystemId(), "?");
			b.code("registers.integration.with", other, "registers.direction." + i.direction());
			b.text("registers.integration.methodWith", other, i.method());
		}
		for (var c : s.getCosts()) {
			b.number("registers.cost.maintenanceOf", String.valueOf(c.year()), c.maintenance());
			b.number("registers.cost.licencesOf", String.valueOf(c.year()), c.licences());
		}
		for (var a : s.assessmentHistory()) {
			String on = a.assessedOn().toString();
			b.code("registers.assessment.of", on, "registers.verdict." + a.verdict());
			b.text("registers.assessment.scoresOf", on, a.businessFit() + " / " + a.technicalCondition()
					+ (a.note().isBlank() ? "" : " – " + a.note()));
		}
		return b.build();
	}

	private static String yesNo(boolean value) {
		return value ? "registers.yes" : "registers.no";
	}

	/** Yes and no as the versions kept before an answer could be unknown say them, so no change is seen there. */
	private static String answer(Answer value) {
		return switch (value) {
			case YES -> "registers.yes";
			case NO -> "registers.no";
			case UNKNOWN -> "registers.answer.UNKNOWN";
		};
	}

}
