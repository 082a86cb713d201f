package fi.ohjaamo.scenario;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, UUID> {

	Optional<Scenario> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Scenario> findByOrganisationIdOrderByUpdatedAtDesc(UUID organisationId);

}
