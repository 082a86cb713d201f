package fi.ohjaamo.keyfigures;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.SubjectPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lets the kept versions of a year's figures link back to the key figures, where everyone can read the year. */
@Component
class KeyFigureSubjectPages implements SubjectPages {

	private final FigureYearRepository years;

	KeyFigureSubjectPages(FigureYearRepository years) {
		this.years = years;
	}

	@Override
	public @Nullable String pathOf(UUID organisationId, Subject subject) {
		if (!KeyFigures.SUBJECT_TYPE.equals(subject.type())) {
			return null;
		}
		return years.findByIdAndOrganisationId(subject.id(), organisationId)
			.map(y -> "/registers/key-figures")
			.orElse(null);
	}

}
