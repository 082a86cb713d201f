package fi.ohjaamo.registers.views;

import fi.ohjaamo.registers.Verdict;

/**
 * A quarter of the lifecycle chart and the verdict it suggests. On the scale of 1 to 5, 3 or more counts as good:
 * a system that fits the business and is in good condition is kept; one that fits but is in poor condition is
 * developed (its technology renewed); one in good condition that does not fit is replaced by one that does; one that
 * neither fits nor works well is retired.
 */
public enum Quadrant {

	KEEP(Verdict.KEEP), DEVELOP(Verdict.DEVELOP), REPLACE(Verdict.REPLACE), RETIRE(Verdict.RETIRE);

	/** The lowest score that counts as good. */
	static final int GOOD = 3;

	private final Verdict suggests;

	Quadrant(Verdict suggests) {
		this.suggests = suggests;
	}

	public Verdict suggests() {
		return suggests;
	}

	public static Quadrant of(int businessFit, int technicalCondition) {
		boolean fits = businessFit >= GOOD;
		boolean works = technicalCondition >= GOOD;
		if (fits) {
			return works ? KEEP : DEVELOP;
		}
		return works ? REPLACE : RETIRE;
	}

}
