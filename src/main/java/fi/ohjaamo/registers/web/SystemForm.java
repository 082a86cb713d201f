package fi.ohjaamo.registers.web;

import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Adding or editing a system; {@code version} is the version the person saw, null when adding. The main user is
 * chosen from the organisation's people ({@code mainUserPersonId}) or, for someone outside it, written in
 * {@code mainUser}.
 */
record SystemForm(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String purpose,
		@Nullable UUID serviceAreaId, @Nullable UUID ownerUnitId, @Size(max = 200) String mainUser,
		@Nullable UUID mainUserPersonId, @Nullable UUID vendorId, @PositiveOrZero @Nullable Integer userCount,
		@Nullable Criticality criticality, @Nullable Hosting hosting, @Nullable Answer personalData,
		@Nullable Boolean confidentialData, @Size(max = 4000) String retentionNotes, @Nullable Answer useLogged,
		@NotNull @Nullable Phase phase,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate inUseSince,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate productSupportEnds,
		@Size(max = 200) String platform,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate platformSupportEnds,
		@Nullable Long version) {

	SystemForm {
		name = name == null ? "" : name.strip();
		purpose = purpose == null ? "" : purpose.strip();
		mainUser = mainUser == null ? "" : mainUser.strip();
		retentionNotes = retentionNotes == null ? "" : retentionNotes.strip();
		platform = platform == null ? "" : platform.strip();
		// An unticked checkbox sends nothing; a question not sent at all is one not answered, never a guessed no.
		confidentialData = confidentialData != null && confidentialData;
		criticality = criticality == null ? Criticality.UNKNOWN : criticality;
		hosting = hosting == null ? Hosting.UNKNOWN : hosting;
		personalData = personalData == null ? Answer.UNKNOWN : personalData;
		useLogged = useLogged == null ? Answer.UNKNOWN : useLogged;
	}

	static SystemForm blank() {
		return of(SystemDefinition.named(""), null);
	}

	static SystemForm of(InformationSystem system) {
		return of(system.definition(), system.getVersion());
	}

	private static SystemForm of(SystemDefinition d, @Nullable Long version) {
		return new SystemForm(d.name(), d.purpose(), d.serviceAreaId(), d.ownerUnitId(), d.mainUser(),
				d.mainUserPersonId(), d.vendorId(), d.userCount(), d.criticality(), d.hosting(), d.personalData(), d.confidentialData(), d.retentionNotes(),
				d.useLogged(), d.phase(), d.inUseSince(), d.productSupportEnds(), d.platform(), d.platformSupportEnds(),
				version);
	}

	SystemDefinition definition() {
		return new SystemDefinition(name, purpose, serviceAreaId, ownerUnitId, mainUser, vendorId, userCount,
				criticality == null ? Criticality.UNKNOWN : criticality, hosting == null ? Hosting.UNKNOWN : hosting,
				personalData == null ? Answer.UNKNOWN : personalData, Boolean.TRUE.equals(confidentialData),
				retentionNotes, useLogged == null ? Answer.UNKNOWN : useLogged, phase == null ? Phase.IN_USE : phase,
				inUseSince, productSupportEnds,
				platform, platformSupportEnds, mainUserPersonId);
	}

}
