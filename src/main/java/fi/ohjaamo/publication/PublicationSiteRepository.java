package fi.ohjaamo.publication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** An organisation has one public address, kept under the organisation's own id. */
interface PublicationSiteRepository extends Repository<PublicationSite, UUID> {

	Optional<PublicationSite> findByOrganisationId(UUID organisationId);

	boolean existsByOrganisationId(UUID organisationId);

	/** The organisation an anonymous visitor names by its public address. */
	Optional<PublicationSite> findAcrossOrganisationsBySlug(String slug);

	/** A public address is unique in the whole deployment. */
	boolean existsAcrossOrganisationsBySlug(String slug);

	/** Every organisation's address, for the public front page that lists them. */
	@Query("select s from PublicationSite s")
	List<PublicationSite> findAllAcrossOrganisations();

	PublicationSite saveAndFlush(PublicationSite site);

}
