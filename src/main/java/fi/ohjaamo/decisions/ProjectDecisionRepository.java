package fi.ohjaamo.decisions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectDecisionRepository extends JpaRepository<ProjectDecision, UUID> {

	List<ProjectDecision> findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(UUID projectId, UUID organisationId);

	List<ProjectDecision> findByBodyIdAndOrganisationIdOrderByDecidedOnDescRecordedAtDesc(UUID bodyId,
			UUID organisationId);

	long countByBodyIdAndOrganisationId(UUID bodyId, UUID organisationId);

}
