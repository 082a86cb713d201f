package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SystemProjectRepository extends JpaRepository<SystemProject, UUID> {

	List<SystemProject> findByOrganisationId(UUID organisationId);

	List<SystemProject> findByOrganisationIdAndSystemId(UUID organisationId, UUID systemId);

	List<SystemProject> findByOrganisationIdAndProjectId(UUID organisationId, UUID projectId);

	Optional<SystemProject> findBySystemIdAndProjectId(UUID systemId, UUID projectId);

}
