package fi.ohjaamo.publication;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.OrganisationEvents.OrganisationCreated;
import fi.ohjaamo.organisation.Organisations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every organisation its public address once and keeps it: a slug made from the name when the organisation
 * is created, made unique with a number. Public pages only read these, so an anonymous visitor can never cause a
 * write.
 */
@Service
@Transactional(readOnly = true)
public class PublicationSites {

	private final PublicationSiteRepository sites;

	private final Organisations organisations;

	private final Clock clock;

	PublicationSites(PublicationSiteRepository sites, Organisations organisations, Clock clock) {
		this.sites = sites;
		this.organisations = organisations;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(OrganisationCreated created) {
		assign(created.organisationId(), created.name());
	}

	/** Organisations made before this module existed get their address when the application starts. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void assignMissing() {
		organisations.all().forEach(o -> assign(o.getId(), o.getName()));
	}

	public String slugOf(UUID organisationId) {
		return sites.findByOrganisationId(organisationId).map(PublicationSite::getSlug).orElseThrow();
	}

	public Optional<UUID> organisationOf(String slug) {
		return sites.findAcrossOrganisationsBySlug(slug).map(PublicationSite::getOrganisationId);
	}

	List<PublicationSite> all() {
		return sites.findAllAcrossOrganisations();
	}

	private void assign(UUID organisationId, String name) {
		if (sites.existsByOrganisationId(organisationId)) {
			return;
		}
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; sites.existsAcrossOrganisationsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		sites.saveAndFlush(new PublicationSite(organisationId, slug, clock.instant()));
	}

}
