package fi.ohjaamo.scenario;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ScenarioRepository extends Repository<Scenario, UUID> {

	Optional<Scenario> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Scenario> findByOrganisationIdOrderByUpdatedAtDesc(UUID organisationId);

	Scenario save(Scenario scenario);

	Scenario saveAndFlush(Scenario scenario);

}
