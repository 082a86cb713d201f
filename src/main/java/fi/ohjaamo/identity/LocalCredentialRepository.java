package fi.ohjaamo.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Accounts belong to people, not to organisations: signing in names no organisation, so a username is looked up
 * across all of them.
 */
interface LocalCredentialRepository extends Repository<LocalCredential, UUID> {

	/** The account a sign-in names, before any organisation is known. */
	Optional<LocalCredential> findForSignInByUsername(String username);

	/** Usernames are unique in the whole deployment, since signing in names no organisation. */
	boolean existsAcrossOrganisationsByUsername(String username);

	/** Whether anyone at all can sign in yet; the first administrator is created only while nobody can. */
	@Query("select count(c) from LocalCredential c")
	long countAcrossOrganisations();

	LocalCredential save(LocalCredential credential);

}
