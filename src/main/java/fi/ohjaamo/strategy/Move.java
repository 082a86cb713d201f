package fi.ohjaamo.strategy;

/** Which way a move button moves a record in its list. */
enum Move {

	UP, DOWN;

	int by() {
		return this == UP ? -1 : 1;
	}

}
