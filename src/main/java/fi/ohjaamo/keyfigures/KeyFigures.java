package fi.ohjaamo.keyfigures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.registers.RegisterAccess;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The key figures' API: an organisation's years, and adding, changing and deleting one, each kept and audited. The
 * register's keepers keep the figures too, so every write taking the signed-in person asks {@link RegisterAccess}
 * first; adding by organisation id is for starting data that no person asked for, such as the demo's.
 */
@Service
@Transactional(readOnly = true)
public class KeyFigures {

	static final String SUBJECT_TYPE = "key-figures";

	private final FigureYearRepository years;

	private final KeyFigureRules rules;

	private final Versions versions;

	private final ApplicationEventPublisher events;

	KeyFigures(FigureYearRepository years, KeyFigureRules rules, Versions versions, ApplicationEventPublisher events) {
		this.years = years;
		this.rules = rules;
		this.versions = versions;
		this.events = events;
	}

	/** The organisation's years, oldest first. */
	public List<FigureYear> of(UUID organisationId) {
		return years.findByOrganisationIdOrderByFigureYearAsc(organisationId);
	}

	/** A year of the organisation; one of another organisation is as unknown as one never entered. */
	public FigureYear get(UUID organisationId, UUID yearId) {
		return years.findByIdAndOrganisationId(yearId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Adds an error for each broken rule, on the field it concerns. */
	public void check(UUID organisationId, @Nullable UUID yearId, FigureValues values, Errors errors) {
		rules.check(organisationId, yearId, values, errors);
	}

	/** Adds a year as the person keeping the register. */
	@Transactional
	public FigureYear add(CurrentUser user, FigureValues values) {
		RegisterAccess.requireKeeper(user);
		return add(user.organisationId(), values);
	}

	/** Adds a year that no person asked for: an organisation's starting figures, such as the demo's. */
	@Transactional
	public FigureYear add(UUID organisationId, FigureValues values) {
		requireValid(organisationId, null, values);
		var year = years.saveAndFlush(new FigureYear(organisationId, values));
		written(year, "keyfigures.year-added", false);
		return year;
	}

	/**
	 * Restates a year the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void restate(CurrentUser user, UUID yearId, FigureValues values, long seenVersion) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var year = get(organisationId, yearId);
		if (year.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the year's key figures");
		}
		requireValid(organisationId, yearId, values);
		year.restate(values);
		years.saveAndFlush(year);
		written(year, "keyfigures.year-changed", false);
	}

	/** Deletes a year; its versions stay, the last one marked deleted. */
	@Transactional
	public void delete(CurrentUser user, UUID yearId) {
		RegisterAccess.requireKeeper(user);
		var year = get(user.organisationId(), yearId);
		years.delete(year);
		written(year, "keyfigures.year-deleted", true);
	}

	private void written(FigureYear year, String action, boolean deleted) {
		var subject = new Subject(SUBJECT_TYPE, year.getId());
		String title = String.valueOf(year.getYear());
		if (deleted) {
			versions.keepDeleted(year.getOrganisationId(), subject, title, snapshot(year.values()));
		}
		else {
			versions.keep(year.getOrganisationId(), subject, title, snapshot(year.values()));
		}
		events.publishEvent(new KeyFigureEvents.YearWritten(year.getOrganisationId(), year.getId(), action, title));
	}

	private static Snapshot snapshot(FigureValues v) {
		return Snapshot.builder()
			.text("keyfigures.year.year", String.valueOf(v.year()))
			.number("keyfigures.year.workstations", null, decimal(v.workstations()))
			.number("keyfigures.year.servers", null, decimal(v.servers()))
			.number("keyfigures.year.applications", null, decimal(v.applications()))
			.number("keyfigures.year.fixedLines", null, decimal(v.fixedLines()))
			.number("keyfigures.year.mobileLines", null, decimal(v.mobileLines()))
			.number("keyfigures.year.serviceRequests", null, decimal(v.serviceRequests()))
			.number("keyfigures.year.firstLevelShare", null, v.firstLevelShare())
			.number("keyfigures.year.itCosts", null, v.itCosts())
			.number("keyfigures.year.totalCosts", null, v.totalCosts())
			.build();
	}

	private static @Nullable BigDecimal decimal(@Nullable Long count) {
		return count == null ? null : BigDecimal.valueOf(count);
	}

	private void requireValid(UUID organisationId, @Nullable UUID yearId, FigureValues values) {
		var errors = new MapBindingResult(new HashMap<>(), "figureYear");
		check(organisationId, yearId, values, errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the year's figures break the rules: " + errors.getAllErrors());
		}
	}

}
