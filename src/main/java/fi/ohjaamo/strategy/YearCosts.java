package fi.ohjaamo.strategy;

/** One year's costs without VAT: the one-off costs falling in it and the recurring ones running in it. */
public record YearCosts(int year, CostRange oneOff, CostRange recurring) {

	public YearCosts plus(YearCosts other) {
		return new YearCosts(year, oneOff.plus(other.oneOff), recurring.plus(other.recurring));
	}

	public CostRange total() {
		return oneOff.plus(recurring);
	}

}
