package fi.ohjaamo.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocalCredentialRepository extends JpaRepository<LocalCredential, UUID> {

	Optional<LocalCredential> findByUsername(String username);

	boolean existsByUsername(String username);

}
