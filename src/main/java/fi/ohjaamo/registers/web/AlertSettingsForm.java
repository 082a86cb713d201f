package fi.ohjaamo.registers.web;

import fi.ohjaamo.registers.AlertLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The organisation's alert limits; {@code version} is the version the person saw, null while the defaults apply. */
record AlertSettingsForm(@NotNull @Min(1) @Max(AlertLimits.MAX_SUPPORT_MONTHS) @Nullable Integer supportMonths,
		@NotNull @Min(1) @Max(AlertLimits.MAX_NOTICE_DAYS) @Nullable Integer noticeDays, @Nullable Long version) {

	static AlertSettingsForm of(AlertLimits limits) {
		return new AlertSettingsForm(limits.supportMonths(), limits.noticeDays(), limits.version());
	}

}
