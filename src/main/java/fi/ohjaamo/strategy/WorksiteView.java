package fi.ohjaamo.strategy;

import java.util.UUID;

import fi.ohjaamo.strategy.programmes.Programme;
import fi.ohjaamo.strategy.programmes.Worksite;

/** A worksite as other modules see it: its name and where it sits, programme › spearhead theme › worksite. */
public record WorksiteView(UUID id, String name, UUID themeId, String themeName, UUID programmeId,
		String programmeName) {

	/** The worksite with its programme and theme, as one line: "Programme › Theme › Worksite". */
	public String path() {
		return programmeName + " › " + themeName + " › " + name;
	}

}
