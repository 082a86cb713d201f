package fi.ohjaamo.decisions;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectFactsRepository extends JpaRepository<ProjectFacts, UUID> {

	Optional<ProjectFacts> findByProjectIdAndOrganisationId(UUID projectId, UUID organisationId);

}
