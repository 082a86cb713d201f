package fi.ohjaamo.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One part of the change-impact assessment: described in text, no impact, not assessed, or answered in the card's
 * impact summary. The text is the description when described and the reason when not assessed.
 */
@Embeddable
public record ImpactPart(@Enumerated(EnumType.STRING) @Column(length = 20) @NotNull ImpactState state,
		@Size(max = ProjectCard.LONG_TEXT) String text) {

	public static ImpactPart notAssessed() {
		return new ImpactPart(ImpactState.NOT_ASSESSED, "");
	}

	public ImpactPart {
		state = state == null ? ImpactState.NOT_ASSESSED : state;
		text = !state.hasOwnText() || text == null ? "" : text.strip();
	}

	/** A described part needs its description, a part not assessed needs the reason. */
	boolean lacksText() {
		return state.hasOwnText() && (text == null || text.isBlank());
	}

}
