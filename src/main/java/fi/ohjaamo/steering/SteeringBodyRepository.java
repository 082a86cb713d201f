package fi.ohjaamo.steering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SteeringBodyRepository extends Repository<SteeringBody, UUID> {

	List<SteeringBody> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<SteeringBody> findByIdAndOrganisationId(UUID id, UUID organisationId);

	SteeringBody save(SteeringBody body);

	SteeringBody saveAndFlush(SteeringBody body);

	void delete(SteeringBody body);

}
