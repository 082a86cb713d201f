package fi.ohjaamo.strategy.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface ProgrammeRepository extends Repository<Programme, UUID> {

	List<Programme> findByOrganisationIdOrderByStartYearDescNameAsc(UUID organisationId);

	Optional<Programme> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Programme save(Programme programme);

	Programme saveAndFlush(Programme programme);

}
