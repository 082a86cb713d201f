package fi.ohjaamo.registers;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** An organisation has its own limits at most once, kept under the organisation's own id. */
interface AlertSettingsRepository extends Repository<AlertSettings, UUID> {

	Optional<AlertSettings> findByOrganisationId(UUID organisationId);

	AlertSettings save(AlertSettings settings);

	void flush();

}
