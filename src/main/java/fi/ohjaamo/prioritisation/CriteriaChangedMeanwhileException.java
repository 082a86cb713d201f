package fi.ohjaamo.prioritisation;

/** Someone saved a criterion after the person opened it; nothing was written. */
public class CriteriaChangedMeanwhileException extends RuntimeException {

	CriteriaChangedMeanwhileException() {
		super("the criteria changed meanwhile");
	}

}
