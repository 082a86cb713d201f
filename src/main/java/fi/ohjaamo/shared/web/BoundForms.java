package fi.ohjaamo.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * When a value cannot be converted (an amount typed as "kymmenen"), constructor binding of a form record
 * leaves its result without a target: rules that read field values fail on it and the form cannot be shown
 * again. The errors, which keep the rejected text, are carried over onto the form that was built, so the
 * page shows exactly what was typed.
 */
public final class BoundForms {

	private BoundForms() {
	}

	/** The result to validate and show: {@code bound} itself when it has its target, else one carried onto {@code form}. */
	public static BindingResult onTarget(Object form, BindingResult bound, Model model) {
		if (bound.getTarget() != null) {
			return bound;
		}
		var carried = new BeanPropertyBindingResult(form, bound.getObjectName());
		carried.addAllErrors(bound);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), carried);
		return carried;
	}

}
