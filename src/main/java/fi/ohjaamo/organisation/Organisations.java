package fi.ohjaamo.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's API: who and what exists, for other modules and for set-up. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	private final UnitRepository units;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	Organisations(OrganisationRepository organisations, UnitRepository units, PersonRepository people,
			MembershipRepository memberships) {
		this.organisations = organisations;
		this.units = units;
		this.people = people;
		this.memberships = memberships;
	}

	@Transactional
	public Organisation create(String name, OrganisationKind kind) {
		return organisations.save(new Organisation(name, kind));
	}

	@Transactional
	public Unit addServiceArea(UUID organisationId, String name, int sortOrder) {
		return units.save(Unit.serviceArea(organisationId, name, sortOrder));
	}

	@Transactional
	public Unit addUnit(Unit serviceArea, String name, int sortOrder) {
		return units.save(serviceArea.unit(name, sortOrder));
	}

	@Transactional
	public Person addPerson(String displayName, @Nullable String email) {
		return people.save(new Person(displayName, email));
	}

	@Transactional
	public void grant(UUID personId, UUID organisationId, Role role, @Nullable UUID serviceAreaId) {
		memberships.save(new Membership(personId, organisationId, role, serviceAreaId));
	}

	public Optional<Organisation> find(UUID organisationId) {
		return organisations.findById(organisationId);
	}

	public long count() {
		return organisations.count();
	}

	public UnitTree unitsOf(UUID organisationId) {
		return new UnitTree(units.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
			.stream()
			.map(UnitView::of)
			.toList());
	}

	public Optional<PersonView> person(UUID personId) {
		return people.findById(personId).map(p -> new PersonView(p.getId(), p.getDisplayName()));
	}

	/** People holding any role in the organisation, by name. */
	public List<PersonView> peopleOf(UUID organisationId) {
		var ids = memberships.findByOrganisationId(organisationId)
			.stream()
			.map(Membership::getPersonId)
			.collect(Collectors.toSet());
		return people.findAllById(ids)
			.stream()
			.map(p -> new PersonView(p.getId(), p.getDisplayName()))
			.sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
			.toList();
	}

	public List<Membership> membershipsOf(UUID personId) {
		return memberships.findByPersonId(personId);
	}

	public Map<UUID, List<Membership>> membershipsIn(UUID organisationId) {
		return memberships.findByOrganisationId(organisationId)
			.stream()
			.collect(Collectors.groupingBy(Membership::getPersonId));
	}

	List<Organisation> organisationsOf(List<Membership> memberships) {
		return organisations.findByIdInOrderByName(memberships.stream().map(Membership::getOrganisationId).toList());
	}

}
