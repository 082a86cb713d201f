package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, UnitRepository units, PersonRepository people,
			MembershipRepository memberships, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.units = units;
		this.people = people;
		this.memberships = memberships;
		this.events = events;
	}

	@Transactional
	public Organisation create(String name, OrganisationKind kind) {
		var organisation = organisations.save(new Organisation(name, kind));
		events.publishEvent(new OrganisationEvents.OrganisationCreated(organisation.getId(), name));
		return organisation;
	}

	@Transactional
	public Unit addServiceArea(UUID organisationId, String name, int sortOrder) {
		return added(units.save(Unit.serviceArea(organisationId, name, sortOrder)));
	}

	@Transactional
	public Unit addUnit(Unit serviceArea, String name, int sortOrder) {
		return added(units.save(serviceArea.unit(name, sortOrder)));
	}

	@Transactional
	public Person addPerson(String displayName, @Nullable String email) {
		var person = people.save(new Person(displayName, email));
		events.publishEvent(new OrganisationEvents.PersonAdded(person.getId(), displayName));
		return person;
	}

	@Transactional
	public void grant(UUID personId, UUID organisationId, Role role, @Nullable UUID serviceAreaId) {
		memberships.save(new Membership(personId, organisationId, role, serviceAreaId));
		events.publishEvent(new OrganisationEvents.RoleGranted(organisationId, personId, role));
	}

	private Unit added(Unit unit) {
		events.publishEvent(new OrganisationEvents.UnitAdded(unit.getOrganisationId(), unit.getId(), unit.getName()));
		return unit;
	}

	public Optional<Organisation> find(UUID organisationId) {
		return organisations.findById(organisationId);
	}

	/** An organisation by its exact name, for data loaders that know organisations only by name. */
	public Optional<Organisation> named(String name) {
		return organisations.findFirstByNameOrderById(name);
	}

	/** Every organisation of the deployment, for modules that keep something per organisation. */
	public List<Organisation> all() {
		return organisations.findAll();
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
		return people.findAcrossOrganisationsById(personId).map(p -> new PersonView(p.getId(), p.getDisplayName()));
	}

	/** People holding any role in the organisation, by name. */
	public List<PersonView> peopleOf(UUID organisationId) {
		return people.findByOrganisationId(organisationId)
			.stream()
			.map(p -> new PersonView(p.getId(), p.getDisplayName()))
			.sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
			.toList();
	}

	/**
	 * Whether every one of the people holds a role in the organisation. A module that saves a reference to a
	 * person asks this first: anyone else is as unknown there as an id that never existed.
	 */
	public boolean hasPeople(UUID organisationId, Collection<UUID> personIds) {
		var wanted = Set.copyOf(personIds);
		return wanted.isEmpty() || memberships.findPersonIdsIn(organisationId, wanted).containsAll(wanted);
	}

	/** {@link #hasPeople} for one person; no person ({@code null}) is always allowed. */
	public boolean hasPerson(UUID organisationId, @Nullable UUID personId) {
		return personId == null || hasPeople(organisationId, List.of(personId));
	}

	/** Whether every one of the service areas and units is the organisation's. */
	public boolean hasUnits(UUID organisationId, Collection<UUID> unitIds) {
		var wanted = Set.copyOf(unitIds);
		return wanted.isEmpty() || units.findIdsIn(organisationId, wanted).containsAll(wanted);
	}

	/** {@link #hasUnits} for one service area or unit; none ({@code null}) is always allowed. */
	public boolean hasUnit(UUID organisationId, @Nullable UUID unitId) {
		return unitId == null || hasUnits(organisationId, List.of(unitId));
	}

	public List<Membership> membershipsOf(UUID personId) {
		return memberships.findAcrossOrganisationsByPersonId(personId);
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
