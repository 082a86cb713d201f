package fi.ohjaamo.decisions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectAnalysisRepository extends JpaRepository<ProjectAnalysis, UUID> {

	List<ProjectAnalysis> findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(UUID projectId, UUID organisationId);

}
