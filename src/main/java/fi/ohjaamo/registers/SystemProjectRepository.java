package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SystemProjectRepository extends Repository<SystemProject, UUID> {

	List<SystemProject> findByOrganisationId(UUID organisationId);

	List<SystemProject> findByOrganisationIdAndSystemId(UUID organisationId, UUID systemId);

	List<SystemProject> findByOrganisationIdAndProjectId(UUID organisationId, UUID projectId);

	Optional<SystemProject> findByOrganisationIdAndSystemIdAndProjectId(UUID organisationId, UUID systemId,
			UUID projectId);

	SystemProject save(SystemProject link);

	void delete(SystemProject link);

}
