package fi.ohjaamo.registers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface InformationSystemRepository extends Repository<InformationSystem, UUID> {

	List<InformationSystem> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<InformationSystem> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<InformationSystem> findByIdInAndOrganisationId(Collection<UUID> ids, UUID organisationId);

	InformationSystem save(InformationSystem system);

	InformationSystem saveAndFlush(InformationSystem system);

	void delete(InformationSystem system);

	void flush();

}
