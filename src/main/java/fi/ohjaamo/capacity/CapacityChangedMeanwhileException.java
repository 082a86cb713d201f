package fi.ohjaamo.capacity;

/** Someone saved the grid after the person started editing it; nothing of their save was written. */
class CapacityChangedMeanwhileException extends RuntimeException {

	CapacityChangedMeanwhileException() {
		super("the capacity grid was saved meanwhile");
	}

}
