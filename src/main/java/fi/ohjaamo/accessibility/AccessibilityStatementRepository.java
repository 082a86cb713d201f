package fi.ohjaamo.accessibility;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessibilityStatementRepository extends JpaRepository<AccessibilityStatement, UUID> {

}
