package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface VendorRepository extends JpaRepository<Vendor, UUID> {

	List<Vendor> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<Vendor> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
