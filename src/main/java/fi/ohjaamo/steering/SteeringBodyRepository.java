package fi.ohjaamo.steering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringBodyRepository extends JpaRepository<SteeringBody, UUID> {

	List<SteeringBody> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<SteeringBody> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
