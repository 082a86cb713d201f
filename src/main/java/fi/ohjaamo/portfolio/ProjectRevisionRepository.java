package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProjectRevisionRepository extends Repository<ProjectRevision, UUID> {

	List<ProjectRevision> findByProjectIdAndOrganisationIdOrderByRevisionDesc(UUID projectId, UUID organisationId);

	Optional<ProjectRevision> findFirstByProjectIdAndOrganisationIdOrderByRevisionDesc(UUID projectId,
			UUID organisationId);

	Optional<ProjectRevision> findByProjectIdAndOrganisationIdAndRevision(UUID projectId, UUID organisationId,
			int revision);

	ProjectRevision save(ProjectRevision revision);

}
