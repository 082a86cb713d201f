package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface VendorRepository extends Repository<Vendor, UUID> {

	List<Vendor> findByOrganisationIdOrderByNameAsc(UUID organisationId);

	Optional<Vendor> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Vendor saveAndFlush(Vendor vendor);

	void delete(Vendor vendor);

	void flush();

}
