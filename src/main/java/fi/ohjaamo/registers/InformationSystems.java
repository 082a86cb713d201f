package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The register's API for systems: reading, adding and changing them with their integrations, costs and assessments.
 * Every write taking the signed-in person asks {@link RegisterAccess} first; the writes taking an organisation id are
 * for starting data that no person asked for, such as the demo's.
 */
@Service
@Transactional(readOnly = true)
public class InformationSystems {

	public static final String SUBJECT_TYPE = "information-system";

	private final InformationSystemRepository systems;

	private final SystemRules rules;

	private final SystemSnapshots snapshots;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	InformationSystems(InformationSystemRepository systems, SystemRules rules, SystemSnapshots snapshots,
			Versions versions, ApplicationEventPublisher events) {
		this.systems = systems;
		this.rules = rules;
		this.snapshots = snapshots;
		this.versions = versions;
		this.events = events;
	}

	/** The organisation's systems by name. */
	public List<InformationSystem> of(UUID organisationId) {
		return systems.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	/** A system of the organisation; one of another organisation is as unknown as one never created. */
	public InformationSystem get(UUID organisationId, UUID systemId) {
		return systems.findByIdAndOrganisationId(systemId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Adds an error for each broken rule, on the field it concerns. */
	public void check(UUID organisationId, @Nullable UUID systemId, SystemDefinition definition, Errors errors) {
		rules.check(organisationId, systemId, definition, errors);
	}

	/** Adds a system as the person keeping the register. */
	@Transactional
	public InformationSystem add(CurrentUser user, SystemDefinition definition) {
		RegisterAccess.requireKeeper(user);
		return add(user.organisationId(), definition);
	}

	/** Adds a system that no person asked for: an organisation's starting data, such as the demo's. */
	@Transactional
	public InformationSystem add(UUID organisationId, SystemDefinition definition) {
		requireValid(organisationId, null, definition);
		var system = systems.save(new InformationSystem(organisationId, definition));
		written(system, "registers.system-added");
		return system;
	}

	/**
	 * Redefines a system the person saw at the given version. Only a change of the system's own fields since then
	 * makes the save stale: integrations, costs or assessments added meanwhile are not on this form.
	 * @throws RegisterChangedMeanwhileException when someone saved its fields meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID systemId, SystemDefinition definition, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var system = get(organisationId, systemId);
		if (system.getVersion() != seenVersion && system.fieldsChangedSince(seenVersion)) {
			throw new RegisterChangedMeanwhileException();
		}
		requireValid(organisationId, systemId, definition);
		change(system, s -> s.redefine(definition), "registers.system-changed");
	}

	/** Adds an error on {@code targetSystemId} unless the target is another system of the organisation. */
	public void checkIntegration(UUID organisationId, UUID systemId, UUID targetSystemId, Errors errors) {
		if (targetSystemId.equals(systemId) || systems.findByIdAndOrganisationId(targetSystemId, organisationId).isEmpty()) {
			errors.rejectValue("targetSystemId", "registers.integration.targetSystemId.unknown");
		}
	}

	/** Records, as the person keeping the register, that the system exchanges data with another system. */
	@Transactional
	public void integrate(CurrentUser user, UUID systemId, Integration integration) {
		RegisterAccess.requireKeeper(user);
		integrate(user.organisationId(), systemId, integration);
	}

	/** Records an integration that no person asked for: starting data, such as the demo's. */
	@Transactional
	public void integrate(UUID organisationId, UUID systemId, Integration integration) {
		var system = get(organisationId, systemId);
		var errors = new MapBindingResult(new HashMap<>(), "integration");
		checkIntegration(organisationId, systemId, integration.targetSystemId(), errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("a system integrates only with another system of its organisation");
		}
		change(system, s -> s.integrate(integration), "registers.integration-added");
	}

	/**
	 * The parts below take the version of the system the person saw, so that two people adding to the same system
	 * never overwrite each other (two people entering the same year's costs, for instance).
	 * @throws RegisterChangedMeanwhileException when someone saved the system meanwhile; nothing is written then
	 */
	@Transactional
	public void integrate(CurrentUser user, UUID systemId, Integration integration, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		requireSeen(user.organisationId(), systemId, seenVersion);
		integrate(user.organisationId(), systemId, integration);
	}

	/** @throws RegisterChangedMeanwhileException when someone saved the system meanwhile */
	@Transactional
	public void removeIntegration(CurrentUser user, UUID systemId, UUID targetSystemId, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		requireSeen(user.organisationId(), systemId, seenVersion);
		change(get(user.organisationId(), systemId), s -> s.removeIntegration(targetSystemId),
				"registers.integration-removed");
	}

	/** Records, as the person keeping the register, a year's maintenance and licence costs. */
	@Transactional
	public void cost(CurrentUser user, UUID systemId, YearCost cost) {
		RegisterAccess.requireKeeper(user);
		cost(user.organisationId(), systemId, cost);
	}

	/**
	 * Records a year's costs that no person asked for: starting data, such as the demo's. Costs cannot be
	 * negative.
	 */
	@Transactional
	public void cost(UUID organisationId, UUID systemId, YearCost cost) {
		if (cost.maintenance().signum() < 0 || cost.licences().signum() < 0) {
			throw new IllegalArgumentException("costs cannot be negative");
		}
		change(get(organisationId, systemId), s -> s.cost(new YearCost(cost.year(), scaled(cost.maintenance()),
				scaled(cost.licences()))), "registers.cost-recorded");
	}

	/** @throws RegisterChangedMeanwhileException when someone saved the system meanwhile */
	@Transactional
	public void cost(CurrentUser user, UUID systemId, YearCost cost, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		requireSeen(user.organisationId(), systemId, seenVersion);
		cost(user.organisationId(), systemId, cost);
	}

	/** Records an assessment that no person asked for: starting data, such as the demo's. */
	@Transactional
	public void assess(UUID organisationId, UUID systemId, Assessment assessment) {
		if (outOfScale(assessment.businessFit()) || outOfScale(assessment.technicalCondition())) {
			throw new IllegalArgumentException("assessments are on a scale of 1 to 5");
		}
		change(get(organisationId, systemId), s -> s.assess(assessment), "registers.system-assessed");
	}

	/** @throws RegisterChangedMeanwhileException when someone saved the system meanwhile */
	@Transactional
	public void assess(CurrentUser user, UUID systemId, Assessment assessment, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		requireSeen(user.organisationId(), systemId, seenVersion);
		assess(user.organisationId(), systemId, assessment);
	}

	private void requireSeen(UUID organisationId, UUID systemId, long seenVersion) {
		if (get(organisationId, systemId).getVersion() != seenVersion) {
			throw new RegisterChangedMeanwhileException();
		}
	}

	private void change(InformationSystem system, Consumer<InformationSystem> change, String action) {
		change.accept(system);
		systems.saveAndFlush(system);
		written(system, action);
	}

	private void written(InformationSystem system, String action) {
		versions.keep(system.getOrganisationId(), new Subject(SUBJECT_TYPE, system.getId()), system.getName(),
				snapshots.of(system));
		events.publishEvent(new RegisterEvents.SystemWritten(system.getOrganisationId(), system.getId(), action,
				system.getName()));
	}

	private void requireValid(UUID organisationId, @Nullable UUID systemId, SystemDefinition definition) {
		var errors = new MapBindingResult(new HashMap<>(), "system");
		check(organisationId, systemId, definition, errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the system breaks the rules: " + errors.getAllErrors());
		}
	}

	private static boolean outOfScale(int value) {
		return value < 1 || value > 5;
	}

	private static BigDecimal scaled(BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
