package fi.ohjaamo.decisions;

import org.jspecify.annotations.Nullable;

/** The project's facts as ticked on the decision page; {@code version} is the version seen, 0 when none stated. */
record FactsForm(@Nullable Boolean newInformationSystem, @Nullable Boolean personalData,
		@Nullable Boolean crossSector, @Nullable Long version) {

	FactsForm {
		// An unticked checkbox sends nothing.
		newInformationSystem = newInformationSystem != null && newInformationSystem;
		personalData = personalData != null && personalData;
		crossSector = crossSector != null && crossSector;
	}

	static FactsForm of(ProjectFacts facts) {
		return new FactsForm(facts.isNewInformationSystem(), facts.isPersonalData(), facts.isCrossSector(),
				facts.getVersion());
	}

	boolean ticked(@Nullable Boolean value) {
		return value != null && value;
	}

}
