package fi.ohjaamo.strategy;

import java.util.List;

/** Moving one item of an ordered list a step up or down, as the programme's up and down buttons do. */
final class Ordering {

	private Ordering() {
	}

	/** Moves the item by {@code step} places (-1 up, +1 down); false when it is already first or last. */
	static <T> boolean move(List<T> ordered, T item, int step) {
		int at = ordered.indexOf(item);
		int to = at + Integer.signum(step);
		if (at < 0 || to < 0 || to >= ordered.size()) {
			return false;
		}
		ordered.remove(at);
		ordered.add(to, item);
		return true;
	}

}
