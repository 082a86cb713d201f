package fi.ohjaamo.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProjectDecisionRepository extends Repository<ProjectDecision, UUID> {

	List<ProjectDecision> findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(UUID projectId, UUID organisationId);

	List<ProjectDecision> findByBodyIdAndOrganisationIdOrderByDecidedOnDescRecordedAtDesc(UUID bodyId,
			UUID organisationId);

	Optional<ProjectDecision> findByIdAndOrganisationIdAndProjectId(UUID id, UUID organisationId, UUID projectId);

	long countByBodyIdAndOrganisationId(UUID bodyId, UUID organisationId);

	ProjectDecision save(ProjectDecision decision);

}
