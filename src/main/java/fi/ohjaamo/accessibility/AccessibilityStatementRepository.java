package fi.ohjaamo.accessibility;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** An organisation has at most one statement, kept under the organisation's own id. */
interface AccessibilityStatementRepository extends Repository<AccessibilityStatement, UUID> {

	Optional<AccessibilityStatement> findByOrganisationId(UUID organisationId);

	AccessibilityStatement save(AccessibilityStatement statement);

	void deleteByOrganisationId(UUID organisationId);

}
