package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import fi.ohjaamo.strategy.indicators.IndicatorForm;

/**
 * The rules an indicator's definition keeps, each tied to the field it concerns so that the form can say it there: a
 * baseline has both its value and its year; a scale has its lower bound below its upper one and the baseline on it;
 * a period has one target; a target names the numbers its rule needs, a change from the baseline has a baseline to
 * start from, a comparison with a second series has that series named, and a number on a scale lies on it.
 */
final class IndicatorRules {

	/** A broken rule: the form's field, the message code and its arguments. */
	record Problem(String field, String code, Object... arguments) {
	}

	private IndicatorRules() {
	}

	static List<Problem> of(IndicatorForm form) {
		var problems = new ArrayList<Problem>();
		if ((form.baselineValue() == null) != (form.baselineYear() == null)) {
			problems.add(new Problem(form.baselineValue() == null ? "baselineValue" : "baselineYear",
					"strategy.indicator.baseline.incomplete"));
		}
		var min = form.scaleMin();
		var max = form.scaleMax();
		if ((min == null) != (max == null)) {
			problems.add(new Problem(min == null ? "scaleMin" : "scaleMax", "strategy.indicator.scale.incomplete"));
		}
		else if (min != null && max != null && min.compareTo(max) >= 0) {
			problems.add(new Problem("scaleMax", "strategy.indicator.scale.order"));
		}
		if (form.baselineValue() != null && !onScale(form, form.baselineValue())) {
			problems.add(offScale("baselineValue", form));
		}
		var periods = new HashSet<String>();
		for (int i = 0; i < form.targets().size(); i++) {
			problems.addAll(ofTarget(form, i, periods));
		}
		return problems;
	}

	private static List<Problem> ofTarget(IndicatorForm form, int i, HashSet<String> periods) {
		var row = form.targets().get(i);
		String at = "targets[" + i + "].";
		var problems = new ArrayList<Problem>();
		if (row.year() != null && !periods.add(row.year() + "/" + Objects.requireNonNullElse(row.half(), 0))) {
			problems.add(new Problem(at + "year", "strategy.indicator.target.duplicateYear"));
		}
		var basis = row.basis();
		var operator = row.operator();
		if (basis == null || operator == null) {
			return problems;
		}
		boolean between = operator == TargetOperator.BETWEEN;
		if (basis.needsValue() && row.value() == null) {
			problems.add(new Problem(at + "value", "strategy.target.value.missing"));
		}
		if (between && !basis.needsValue()) {
			problems.add(new Problem(at + "operator", "strategy.target.operator.betweenNeedsNumbers"));
		}
		if (between && basis.needsValue() && row.upper() == null) {
			problems.add(new Problem(at + "upper", "strategy.target.upper.missing"));
		}
		if (between && row.value() != null && row.upper() != null && row.upper().compareTo(row.value()) < 0) {
			problems.add(new Problem(at + "upper", "strategy.target.upper.belowValue"));
		}
		if (basis.needsBaseline() && form.baselineValue() == null) {
			problems.add(new Problem(at + "basis", "strategy.target.basis.noBaseline"));
		}
		if (basis == TargetBasis.COMPARED_SERIES && form.comparedSeries().isBlank()) {
			problems.add(new Problem(at + "basis", "strategy.target.basis.noSeries"));
		}
		if (basis == TargetBasis.VALUE) {
			if (row.value() != null && !onScale(form, row.value())) {
				problems.add(offScale(at + "value", form));
			}
			if (between && row.upper() != null && !onScale(form, row.upper())) {
				problems.add(offScale(at + "upper", form));
			}
		}
		return problems;
	}

	static boolean onScale(IndicatorForm form, BigDecimal value) {
		var min = form.scaleMin();
		var max = form.scaleMax();
		return min == null || max == null || min.compareTo(max) >= 0
				|| (value.compareTo(min) >= 0 && value.compareTo(max) <= 0);
	}

	/** A number off the scale, said with the scale: "Anna luku asteikolta 1–5." */
	static Problem offScale(String field, IndicatorForm form) {
		return offScale(field, Objects.requireNonNull(form.scaleMin()), Objects.requireNonNull(form.scaleMax()));
	}

	/** The bounds go to the message as numbers, so that they are written as the reader's language writes them. */
	static Problem offScale(String field, BigDecimal min, BigDecimal max) {
		return new Problem(field, "strategy.indicator.scale.offScale", min, max);
	}

}
