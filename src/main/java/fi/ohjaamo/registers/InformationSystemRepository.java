package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InformationSystemRepository extends JpaRepository<InformationSystem, UUID> {

	List<InformationSystem> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<InformationSystem> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
