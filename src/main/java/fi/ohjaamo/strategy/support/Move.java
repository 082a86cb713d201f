package fi.ohjaamo.strategy.support;

/** Which way a move button moves a record in its list. */
public enum Move {

	UP, DOWN;

	public int by() {
		return this == UP ? -1 : 1;
	}

}
