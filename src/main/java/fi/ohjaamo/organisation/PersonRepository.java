package fi.ohjaamo.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** People belong to organisations through their memberships, and may hold roles in several. */
interface PersonRepository extends Repository<Person, UUID> {

	/** People holding any role in the organisation. */
	@Query("select p from Person p where p.id in "
			+ "(select m.personId from Membership m where m.organisationId = :organisationId)")
	List<Person> findByOrganisationId(UUID organisationId);

	/**
	 * A person by id in whichever organisations they hold roles, and after they have left one: the id comes from the
	 * signed-in account or from an organisation's own records, which keep naming people who have left.
	 */
	Optional<Person> findAcrossOrganisationsById(UUID personId);

	Person save(Person person);

}
