package fi.ohjaamo.registers;

import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's alert limits: the application's properties until IT management sets its own, since one
 * organisation plans its replacements years ahead and another gives notice on short contracts.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AlertProperties.class)
public class RegisterSettings {

	private final AlertSettingsRepository settings;

	private final AlertProperties defaults;

	private final ApplicationEventPublisher events;

	RegisterSettings(AlertSettingsRepository settings, AlertProperties defaults, ApplicationEventPublisher events) {
		this.settings = settings;
		this.defaults = defaults;
		this.events = events;
	}

	public AlertLimits limitsOf(UUID organisationId) {
		return settings.findByOrganisationId(organisationId).map(AlertSettings::limits)
			.orElseGet(() -> new AlertLimits(defaults.supportMonths(), defaults.noticeDays(), null));
	}

	/**
	 * Sets the organisation's limits as the person keeping the register, seen at {@code seenVersion} (null when the
	 * person saw the defaults).
	 * @throws RegisterChangedMeanwhileException when someone set them meanwhile; nothing is written then
	 */
	@Transactional
	public void setLimits(CurrentUser user, int supportMonths, int noticeDays, @Nullable Long seenVersion) {
		RegisterAccess.requireKeeper(user);
		UUID organisationId = user.organisationId();
		if (supportMonths < 1 || supportMonths > AlertLimits.MAX_SUPPORT_MONTHS || noticeDays < 1
				|| noticeDays > AlertLimits.MAX_NOTICE_DAYS) {
			throw new IllegalArgumentException("alert limits out of range");
		}
		var limits = new AlertLimits(supportMonths, noticeDays, null);
		var stored = settings.findByOrganisationId(organisationId);
		Long storedVersion = stored.map(s -> s.limits().version()).orElse(null);
		if (!Objects.equals(storedVersion, seenVersion)) {
			throw new RegisterChangedMeanwhileException();
		}
		try {
			stored.ifPresentOrElse(s -> s.change(limits), () -> settings.save(new AlertSettings(organisationId, limits)));
			settings.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Two people set the first limits of the organisation at the same moment.
			throw new RegisterChangedMeanwhileException();
		}
		events.publishEvent(new RegisterEvents.AlertLimitsSet(organisationId, supportMonths, noticeDays));
	}

}
