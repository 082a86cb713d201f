package fi.ohjaamo.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Moving one record up or down in an ordered list of its kind, as the move buttons of actions, SWOT items, city goals, spearhead themes and worksites do. */
final class Ordering {

	private Ordering() {
	}

	/**
	 * Moves the element by one place ({@code -1} up, {@code 1} down) in the list, which must be mutable.
	 * @return the neighbour it swapped places with, which has moved too; null when it is already first (or last)
	 * and nothing moved
	 */
	static <T> @Nullable T move(List<T> ordered, T element, int by) {
		int at = ordered.indexOf(element);
		int to = at + by;
		if (at < 0 || to < 0 || to >= ordered.size()) {
			return null;
		}
		T neighbour = ordered.get(to);
		ordered.remove(at);
		ordered.add(to, element);
		return neighbour;
	}

}
