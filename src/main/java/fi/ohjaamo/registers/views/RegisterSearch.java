package fi.ohjaamo.registers.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.registers.Contract;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Vendor;
import fi.ohjaamo.registers.Vendors;
import org.springframework.stereotype.Service;

/**
 * Searches the organisation's register. An organisation has some tens to a few hundred systems, which the register
 * reads whole for its pages anyway, so the filters are applied to them in memory, where each reads as plain Java.
 */
@Service
public class RegisterSearch {

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final Organisations organisations;

	private final Clock clock;

	RegisterSearch(InformationSystems systems, Vendors vendors, Contracts contracts, Organisations organisations,
			Clock clock) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The organisation's systems that pass the filter, by name. */
	public List<InformationSystem> systems(UUID organisationId, SystemFilter filter) {
		var today = LocalDate.now(clock);
		var vendorNames = vendorNames(organisationId);
		var people = organisations.peopleOf(organisationId).stream()
			.collect(Collectors.toMap(PersonView::id, PersonView::displayName));
		return systems.of(organisationId).stream()
			.filter(s -> filter.matches(s, s.getVendorId() == null ? "" : vendorNames.getOrDefault(s.getVendorId(), ""),
					s.getMainUserPersonId() == null ? s.getMainUser()
							: people.getOrDefault(s.getMainUserPersonId(), ""),
					today))
			.toList();
	}

	/** How many of the organisation's systems leave each of their questions unanswered. */
	public Unanswered unanswered(UUID organisationId) {
		return Unanswered.of(systems.of(organisationId));
	}

	/** The organisation's vendors whose name or business id holds every word, by name. */
	public List<Vendor> vendors(UUID organisationId, String query) {
		var words = Words.of(query);
		return vendors.of(organisationId).stream()
			.filter(v -> words.foundIn(v.getName(), v.getBusinessId(), v.getContact()))
			.toList();
	}

	/** The organisation's contracts that pass the filter, by subject. */
	public List<Contract> contracts(UUID organisationId, ContractFilter filter) {
		var today = LocalDate.now(clock);
		var vendorNames = vendorNames(organisationId);
		return contracts.of(organisationId).stream()
			.filter(c -> filter.matches(c, vendorNames.getOrDefault(c.getVendorId(), ""), today))
			.toList();
	}

	private Map<UUID, String> vendorNames(UUID organisationId) {
		return vendors.namesOf(organisationId);
	}

}
