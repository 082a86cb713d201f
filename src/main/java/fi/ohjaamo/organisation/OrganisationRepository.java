package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Organisations themselves: each is the scope that every other record belongs to. */
interface OrganisationRepository extends Repository<Organisation, UUID> {

	/** The organisation itself: its id is the scope. */
	Optional<Organisation> findById(UUID organisationId);

	/** The organisations where the signed-in person holds a role, to choose between. */
	List<Organisation> findByIdInOrderByName(Collection<UUID> ids);

	/** Demo and data loaders know their organisation only by name. */
	Optional<Organisation> findFirstByNameOrderById(String name);

	/** Every organisation, for modules that keep something for each (such as its public address). */
	List<Organisation> findAll();

	/** Demo data goes only into a deployment without organisations. */
	long count();

	Organisation save(Organisation organisation);

}
