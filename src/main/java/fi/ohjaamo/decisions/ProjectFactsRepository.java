package fi.ohjaamo.decisions;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProjectFactsRepository extends Repository<ProjectFacts, UUID> {

	Optional<ProjectFacts> findByProjectIdAndOrganisationId(UUID projectId, UUID organisationId);

	ProjectFacts saveAndFlush(ProjectFacts facts);

}
