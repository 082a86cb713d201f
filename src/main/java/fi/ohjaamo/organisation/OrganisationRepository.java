package fi.ohjaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findByIdInOrderByName(Collection<UUID> ids);

	Optional<Organisation> findFirstByNameOrderById(String name);

}
