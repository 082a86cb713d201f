package fi.ohjaamo.registers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ContractRepository extends Repository<Contract, UUID> {

	List<Contract> findByOrganisationIdOrderBySubjectAsc(UUID organisationId);

	Optional<Contract> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Contract save(Contract contract);

	Contract saveAndFlush(Contract contract);

	void delete(Contract contract);

	void flush();

}
