package fi.ohjaamo.steering;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Errors;

/** The steering module's API: the organisation's bodies, who sits in them, and who may decide for them. */
@Service
@Transactional(readOnly = true)
public class SteeringBodies {

	static final String SUBJECT_TYPE = "steering-body";

	private final SteeringBodyRepository bodies;

	private final Organisations organisations;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	private final List<BodyReferences> references;

	SteeringBodies(SteeringBodyRepository bodies, Organisations organisations, Versions versions,
			ApplicationEventPublisher events, List<BodyReferences> references) {
		this.bodies = bodies;
		this.references = references;
		this.organisations = organisations;
		this.versions = versions;
		this.events = events;
	}

	/** All bodies of the organisation, active and not, by name. */
	public List<SteeringBody> of(UUID organisationId) {
		return bodies.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	/** A body of the organisation; one of another organisation is as unknown as one never created. */
	public SteeringBody get(UUID organisationId, UUID bodyId) {
		return bodies.findByIdAndOrganisationId(bodyId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** True when the person is a member (the chair and preparer included) of the organisation's body. */
	public boolean isMember(UUID organisationId, UUID bodyId, UUID personId) {
		return bodies.findByIdAndOrganisationId(bodyId, organisationId).map(b -> b.hasMember(personId)).orElse(false);
	}

	/** Adds an error for each broken rule: a unique name, members of the organisation, chair and preparer members. */
	public void check(UUID organisationId, @Nullable UUID bodyId, BodyDefinition definition, Errors errors) {
		if (of(organisationId).stream()
			.anyMatch(b -> !b.getId().equals(bodyId) && b.getName().equalsIgnoreCase(definition.name().strip()))) {
			errors.rejectValue("name", "steering.body.name.taken");
		}
		if (!organisations.hasPeople(organisationId, definition.memberIds())) {
			errors.rejectValue("memberIds", "steering.body.memberIds.unknown");
		}
		if (definition.chairId() != null && !definition.memberIds().contains(definition.chairId())) {
			errors.rejectValue("chairId", "steering.body.chairId.notMember");
		}
		if (definition.preparerId() != null && !definition.memberIds().contains(definition.preparerId())) {
			errors.rejectValue("preparerId", "steering.body.preparerId.notMember");
		}
	}

	/** Adds a body as the person keeping the organisation's bodies. */
	@Transactional
	public SteeringBody add(CurrentUser user, BodyDefinition definition) {
		SteeringPermissions.requireKeeper(user);
		return add(user.organisationId(), definition);
	}

	/** Adds a body that no person asked for: an organisation's starting bodies, such as the demo's. */
	@Transactional
	public SteeringBody add(UUID organisationId, BodyDefinition definition) {
		requireValid(organisationId, null, definition);
		var body = bodies.save(new SteeringBody(organisationId, definition));
		keep(body);
		events.publishEvent(new BodyEvents.SteeringBodyAdded(organisationId, body.getId(), body.getName()));
		return body;
	}

	/**
	 * Redefines a body the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID bodyId, BodyDefinition definition, long seenVersion) {
		SteeringPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var body = get(organisationId, bodyId);
		if (body.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the steering body");
		}
		requireValid(organisationId, bodyId, definition);
		body.redefine(definition);
		bodies.saveAndFlush(body);
		keep(body);
		events.publishEvent(new BodyEvents.SteeringBodyChanged(organisationId, bodyId, body.getName()));
	}

	/** What refers to the body elsewhere; a body with references cannot be deleted, only made inactive. */
	public List<BodyReferences.Reference> referencesTo(UUID organisationId, UUID bodyId) {
		get(organisationId, bodyId);
		return references.stream().flatMap(r -> r.to(organisationId, bodyId).stream()).filter(r -> r.count() > 0).toList();
	}

	/**
	 * Deletes a body nothing refers to; its version history stays.
	 * @throws BodyInUseException when a rule or a decision refers to it; nothing is deleted then
	 */
	@Transactional
	public void remove(CurrentUser user, UUID bodyId) {
		SteeringPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var body = get(organisationId, bodyId);
		if (!referencesTo(organisationId, bodyId).isEmpty()) {
			throw new BodyInUseException();
		}
		bodies.delete(body);
		events.publishEvent(new BodyEvents.SteeringBodyRemoved(organisationId, bodyId, body.getName()));
	}

	/** The people of the organisation, to choose members from and to name members by. */
	public List<PersonView> people(UUID organisationId) {
		return organisations.peopleOf(organisationId);
	}

	private void requireValid(UUID organisationId, @Nullable UUID bodyId, BodyDefinition definition) {
		var errors = new MapBindingResult(new java.util.HashMap<>(), "body");
		check(organisationId, bodyId, definition, errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the body breaks the rules: " + errors.getAllErrors());
		}
	}

	private void keep(SteeringBody body) {
		var names = people(body.getOrganisationId()).stream()
			.collect(Collectors.toMap(PersonView::id, PersonView::displayName));
		versions.keep(body.getOrganisationId(), new Subject(SUBJECT_TYPE, body.getId()), body.getName(),
				Snapshot.builder()
					.text("steering.body.name", body.getName())
					.code("steering.body.kind", "steering.kind." + body.getKind())
					.text("steering.body.members", body.getMemberIds().stream()
						.map(id -> names.getOrDefault(id, "?"))
						.collect(Collectors.joining(", ")))
					.text("steering.body.chair", body.getChairId() == null ? "" : names.getOrDefault(body.getChairId(), "?"))
					.text("steering.body.preparer",
							body.getPreparerId() == null ? "" : names.getOrDefault(body.getPreparerId(), "?"))
					.code("steering.body.active", body.isActive() ? "steering.body.activeYes" : "steering.body.inactive")
					.build());
	}

}
