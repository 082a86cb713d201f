package fi.ohjaamo.keyfigures;

/** Someone saved the year's figures after the person began editing them; nothing was written. */
public class KeyFiguresChangedMeanwhileException extends RuntimeException {

	KeyFiguresChangedMeanwhileException() {
		super("the year's key figures were saved meanwhile");
	}

}
