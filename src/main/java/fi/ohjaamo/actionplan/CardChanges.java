package fi.ohjaamo.actionplan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fi.ohjaamo.portfolio.ProjectCard;

/**
 * The fields of a card that differ between two revisions, by the card's own field names (the portfolio's labels name
 * them as {@code portfolio.project.<field>}). The words that changed are shown by the card's diff page, linked from
 * the changes since approval; this only says which fields to look at.
 */
final class CardChanges {

	private CardChanges() {
	}

	static List<String> fieldsChanged(ProjectCard older, ProjectCard newer) {
		var changed = new ArrayList<String>();
		for (RecordComponent field : ProjectCard.class.getRecordComponents()) {
			if (!Objects.equals(read(field, older), read(field, newer))) {
				changed.add(field.getName());
			}
		}
		return changed;
	}

	private static Object read(RecordComponent field, ProjectCard card) {
		try {
			return field.getAccessor().invoke(card);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read the card's field " + field.getName(), ex);
		}
	}

}
