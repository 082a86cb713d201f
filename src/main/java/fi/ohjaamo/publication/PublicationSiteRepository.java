package fi.ohjaamo.publication;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationSiteRepository extends JpaRepository<PublicationSite, UUID> {

	Optional<PublicationSite> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
