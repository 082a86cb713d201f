package fi.ohjaamo.registers.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.registers.Relation;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.Verdict;
import fi.ohjaamo.registers.YearCost;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills a system's page: the system, its projects, contracts and costs, and the forms that add to it. */
@Component
class SystemPage {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final ProjectLinks links;

	private final Organisations organisations;

	private final Clock clock;

	SystemPage(InformationSystems systems, Vendors vendors, Contracts contracts, ProjectLinks links,
			Organisations organisations, Clock clock) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.links = links;
		this.organisations = organisations;
		this.clock = clock;
	}

	String show(CurrentUser user, UUID systemId, Model model) {
		var org = user.organisationId();
		InformationSystem system = systems.get(org, systemId);
		var today = LocalDate.now(clock);
		model.addAttribute("system", system);
		model.addAttribute("units", organisations.unitsOf(org).names());
		model.addAttribute("vendorNames", vendors.namesOf(org));
		model.addAttribute("mainUserPerson", system.getMainUserPersonId() == null ? null
				: organisations.person(system.getMainUserPersonId()).orElse(null));
		Map<UUID, String> names = systems.of(org).stream()
			.collect(Collectors.toMap(InformationSystem::getId, InformationSystem::getName));
		model.addAttribute("systemNames", names);
		model.addAttribute("others", systems.of(org).stream().filter(s -> !s.getId().equals(systemId)).toList());
		model.addAttribute("projects", links.ofSystem(org, systemId));
		model.addAttribute("projectChoices", links.choices(org));
		model.addAttribute("contracts", contracts.covering(org, systemId));
		model.addAttribute("contractVendors", contracts.of(org).stream()
			.collect(Collectors.toMap(c -> c.getId(), c -> contracts.vendorName(org, c.getVendorId()))));
		model.addAttribute("costTotal", system.getCosts().stream().map(YearCost::total).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("mayKeep", RegisterAccess.mayKeep(user));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("today", today);
		if (!model.containsAttribute("partVersion")) {
			model.addAttribute("partVersion", system.getVersion());
		}
		if (!model.containsAttribute("integrationForm")) {
			model.addAttribute("integrationForm", PartForms.IntegrationForm.blank());
		}
		if (!model.containsAttribute("costForm")) {
			model.addAttribute("costForm", PartForms.CostForm.blank(today.getYear()));
		}
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm", PartForms.AssessmentForm.blank(today));
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", PartForms.LinkForm.blank());
		}
		return "registers/system";
	}

}
