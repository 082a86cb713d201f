package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, UUID> {

	List<Contract> findByOrganisationIdOrderBySubjectAsc(UUID organisationId);

	Optional<Contract> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
