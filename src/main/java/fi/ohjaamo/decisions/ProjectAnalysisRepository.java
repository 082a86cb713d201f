package fi.ohjaamo.decisions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProjectAnalysisRepository extends Repository<ProjectAnalysis, UUID> {

	List<ProjectAnalysis> findByProjectIdAndOrganisationIdOrderByRecordedAtDesc(UUID projectId, UUID organisationId);

	ProjectAnalysis save(ProjectAnalysis analysis);

}
