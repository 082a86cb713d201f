package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProjectRepository extends Repository<Project, UUID> {

	/** The only way to load a project: always within one organisation. */
	Optional<Project> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Project> findByOrganisationIdAndVisibility(UUID organisationId, Visibility visibility);

	long countByOrganisationId(UUID organisationId);

	Project save(Project project);

	Project saveAndFlush(Project project);

}
