package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

	List<Programme> findByOrganisationIdOrderByStartYearDescNameAsc(UUID organisationId);

	Optional<Programme> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
