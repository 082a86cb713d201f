package fi.ohjaamo.strategy;

/**
 * What a target compares the measured value with, as real strategies write their targets: a number ("> 75 %"), a
 * change from the baseline ("-10 from the 2017 level", "-10 % from the 2017 level"), the previous measured value
 * ("below the previous year", "increasing") or a second measured series ("greater than depreciation").
 */
public enum TargetBasis {

	VALUE, CHANGE, CHANGE_PERCENT, PREVIOUS, COMPARED_SERIES;

	/** Whether the target names a number of its own, rather than only a comparison. */
	public boolean needsValue() {
		return this == VALUE || this == CHANGE || this == CHANGE_PERCENT;
	}

	/** Whether the target is read against the indicator's baseline. */
	public boolean needsBaseline() {
		return this == CHANGE || this == CHANGE_PERCENT;
	}

}
