package fi.ohjaamo.history;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.SignedInPerson;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history module's API: keeps a version of a record with every save, and reads them back. Keeping joins the
 * caller's transaction, so a save and its version are written together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class Versions {

	private final SubjectVersionRepository versions;

	private final JsonMapper json;

	private final Clock clock;

	Versions(SubjectVersionRepository versions, JsonMapper json, Clock clock) {
		this.versions = versions;
		this.json = json;
		this.clock = clock;
	}

	/** Keeps the record's fields as they are now saved, by the signed-in person (or the system, for demo data). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void keep(UUID organisationId, Subject subject, String title, Snapshot snapshot) {
		write(organisationId, subject, title, snapshot, false);
	}

	/** Keeps the record's last fields, marked deleted: the history outlives the record. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void keepDeleted(UUID organisationId, Subject subject, String title, Snapshot snapshot) {
		write(organisationId, subject, title, snapshot, true);
	}

	/**
	 * The record's versions, newest first. A record of another organisation, or one never versioned, is unknown.
	 * @throws NotFoundException when there are none
	 */
	public List<KeptVersion> of(UUID organisationId, Subject subject) {
		var list = versions.findByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(organisationId,
				subject.type(), subject.id());
		if (list.isEmpty()) {
			throw new NotFoundException();
		}
		return list.stream().map(this::read).toList();
	}

	/** How many versions the record has; none for another organisation's record. */
	public int count(UUID organisationId, Subject subject) {
		return versions
			.findByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(organisationId, subject.type(), subject.id())
			.size();
	}

	private void write(UUID organisationId, Subject subject, String title, Snapshot snapshot, boolean deleted) {
		int next = versions
			.findFirstByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(organisationId, subject.type(),
					subject.id())
			.map(v -> v.getNumber() + 1)
			.orElse(1);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var person = authentication != null && authentication.getPrincipal() instanceof SignedInPerson p ? p : null;
		versions.save(new SubjectVersion(organisationId, subject, next, clock.instant(),
				person == null ? null : person.personId(), person == null ? "" : person.displayName(),
				abbreviated(title), deleted, json.writeValueAsString(snapshot)));
	}

	private KeptVersion read(SubjectVersion version) {
		return new KeptVersion(version.getNumber(), version.getSavedAt(), version.getAuthorName(), version.getTitle(),
				version.isDeleted(), json.readValue(version.getContent(), Snapshot.class));
	}

	private static String abbreviated(String title) {
		return title.length() <= 1000 ? title : title.substring(0, 999) + "…";
	}

}
