package fi.ohjaamo.registers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything a person sets on a system's own form; integrations, costs and assessments are added separately. The
 * main user is either a person of the organisation ({@code mainUserPersonId}) or, for someone outside it such as a
 * vendor's person, named in {@code mainUser}.
 */
public record SystemDefinition(String name, String purpose, @Nullable UUID serviceAreaId, @Nullable UUID ownerUnitId,
		String mainUser, @Nullable UUID vendorId, @Nullable Integer userCount, Criticality criticality, Hosting hosting,
		Answer personalData, boolean confidentialData, String retentionNotes, Answer useLogged, Phase phase,
		@Nullable LocalDate inUseSince, @Nullable LocalDate productSupportEnds, String platform,
		@Nullable LocalDate platformSupportEnds, @Nullable UUID mainUserPersonId) {

	/** A system whose main user, if any, is named in text. */
	public SystemDefinition(String name, String purpose, @Nullable UUID serviceAreaId, @Nullable UUID ownerUnitId,
			String mainUser, @Nullable UUID vendorId, @Nullable Integer userCount, Criticality criticality,
			Hosting hosting, Answer personalData, boolean confidentialData, String retentionNotes, Answer useLogged,
			Phase phase, @Nullable LocalDate inUseSince, @Nullable LocalDate productSupportEnds, String platform,
			@Nullable LocalDate platformSupportEnds) {
		this(name, purpose, serviceAreaId, ownerUnitId, mainUser, vendorId, userCount, criticality, hosting,
				personalData, confidentialData, retentionNotes, useLogged, phase, inUseSince, productSupportEnds,
				platform, platformSupportEnds, null);
	}

	/** The same definition with the organisation's person as the main user instead of a name in text. */
	public SystemDefinition withMainUserPerson(UUID personId) {
		return new SystemDefinition(name, purpose, serviceAreaId, ownerUnitId, "", vendorId, userCount, criticality,
				hosting, personalData, confidentialData, retentionNotes, useLogged, phase, inUseSince,
				productSupportEnds, platform, platformSupportEnds, personId);
	}

	/**
	 * A system with the given name and everything else at its plainest, for forms, tests and imports to adjust:
	 * criticality, hosting, personal data and use logging not answered, since any value there would be a guess.
	 */
	public static SystemDefinition named(String name) {
		return new SystemDefinition(name, "", null, null, "", null, null, Criticality.UNKNOWN, Hosting.UNKNOWN,
				Answer.UNKNOWN, false, "", Answer.UNKNOWN, Phase.IN_USE, null, null, "", null, null);
	}

	/** The earlier of the product's and the platform's end of support, or null when neither is known. */
	public @Nullable LocalDate supportEnds() {
		if (productSupportEnds == null) {
			return platformSupportEnds;
		}
		if (platformSupportEnds == null) {
			return productSupportEnds;
		}
		return productSupportEnds.isBefore(platformSupportEnds) ? productSupportEnds : platformSupportEnds;
	}

}
