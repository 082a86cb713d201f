package fi.ohjaamo.audit;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Only adds and reads: the log cannot be changed through the application. */
interface AuditEntryRepository extends Repository<AuditEntry, UUID> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findByOrganisationIdOrderByOccurredAtDesc(UUID organisationId, Pageable pageable);

}
