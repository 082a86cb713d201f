package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The prioritisation module's API for criteria: what projects are scored on, and how much each counts. */
@Service
@Transactional(readOnly = true)
public class Criteria {

	/** What the weights of the active criteria must add up to. */
	public static final int FULL_WEIGHT = 100;

	private final CriterionRepository criteria;

	private final ApplicationEventPublisher events;

	Criteria(CriterionRepository criteria, ApplicationEventPublisher events) {
		this.criteria = criteria;
		this.events = events;
	}

	/** All criteria of the organisation, active and retired, in their agreed order. */
	public List<Criterion> of(UUID organisationId) {
		return criteria.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
	}

	public List<Criterion> active(UUID organisationId) {
		return of(organisationId).stream().filter(Criterion::isActive).toList();
	}

	/** The sum of the active criteria's weights; the ranking is meant for a sum of {@link #FULL_WEIGHT}. */
	public int weightSum(UUID organisationId) {
		return active(organisationId).stream().mapToInt(Criterion::getWeight).sum();
	}

	/** A criterion of the organisation; one of another organisation is as unknown as one never created. */
	public Criterion get(UUID organisationId, UUID criterionId) {
		return criteria.findByIdAndOrganisationId(criterionId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Adds a criterion as the person keeping the organisation's criteria. */
	@Transactional
	public Criterion add(CurrentUser user, CriterionDefinition definition) {
		requireKeeper(user);
		return add(user.organisationId(), definition);
	}

	/** Adds a criterion that no person asked for: an organisation's starting criteria, such as the demo's. */
	@Transactional
	public Criterion add(UUID organisationId, CriterionDefinition definition) {
		requireReadableScale(definition);
		var criterion = criteria.save(new Criterion(organisationId, definition, criteria.lastSortOrder(organisationId) + 1));
		events.publishEvent(new CriterionAdded(organisationId, criterion.getId(), criterion.getName()));
		return criterion;
	}

	/**
	 * Redefines a criterion the person saw at the given version. Retiring it keeps the scores given on it.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID criterionId, CriterionDefinition definition, long seenVersion) {
		requireKeeper(user);
		UUID organisationId = user.organisationId();
		var criterion = get(organisationId, criterionId);
		if (criterion.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the criteria");
		}
		requireReadableScale(definition);
		criterion.redefine(definition);
		criteria.saveAndFlush(criterion);
		events.publishEvent(new CriterionChanged(organisationId, criterionId, criterion.getName()));
	}

	/** The scale's rule on a criterion's form, next to its levels; a save refuses such a scale too. */
	static void checkScale(int levels, Errors errors) {
		if (levels < CriterionDefinition.MIN_LEVELS) {
			errors.rejectValue("levels", "prioritisation.criterion.levels.tooFew");
		}
		else if (levels > CriterionDefinition.MAX_LEVELS) {
			errors.rejectValue("levels", "prioritisation.criterion.levels.tooMany");
		}
	}

	private static void requireReadableScale(CriterionDefinition definition) {
		if (!definition.hasReadableScale()) {
			throw new IllegalArgumentException("a scale has " + CriterionDefinition.MIN_LEVELS + " to "
					+ CriterionDefinition.MAX_LEVELS + " levels");
		}
	}

	/**
	 * The weights' rule on a form of them: they add up to {@link #FULL_WEIGHT}. Told once the weights are numbers;
	 * {@link #reweight} refuses other weights too.
	 */
	static void checkFull(int sum, Errors errors) {
		if (!errors.hasErrors() && sum != FULL_WEIGHT) {
			errors.reject("prioritisation.weights.notFull", new Object[] { sum }, null);
		}
	}

	/**
	 * Sets the weights of all active criteria at once, so that they can be balanced to add up to 100.
	 * @param seenVersions the version of each active criterion the person saw
	 * @throws ChangedMeanwhileException when a criterion was saved, added or retired meanwhile
	 */
	@Transactional
	public void reweight(CurrentUser user, Map<UUID, Integer> weights, Map<UUID, Long> seenVersions) {
		requireKeeper(user);
		UUID organisationId = user.organisationId();
		var active = active(organisationId);
		if (active.size() != seenVersions.size() || active.stream()
			.anyMatch(c -> !Long.valueOf(c.getVersion()).equals(seenVersions.get(c.getId())) || !weights.containsKey(c.getId()))) {
			throw new ChangedMeanwhileException("the criteria");
		}
		if (weights.values().stream().mapToInt(Integer::intValue).sum() != FULL_WEIGHT) {
			throw new IllegalArgumentException("the weights must add up to " + FULL_WEIGHT);
		}
		active.forEach(c -> c.reweight(
				Objects.requireNonNull(weights.get(c.getId()), "checked above: every active criterion is weighted")));
		criteria.saveAllAndFlush(active);
		events.publishEvent(new CriteriaReweighted(organisationId,
				active.stream().map(c -> c.getName() + " " + c.getWeight() + " %").collect(Collectors.joining(", "))));
	}

	private static void requireKeeper(CurrentUser user) {
		PrioritisationPermissions.require(PrioritisationPermissions.mayKeepCriteria(user),
				"only IT management keeps the criteria");
	}

}
