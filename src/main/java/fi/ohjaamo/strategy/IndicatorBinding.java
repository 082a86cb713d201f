package fi.ohjaamo.strategy;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * When a value cannot be converted (a number typed as "kymmenen"), constructor binding leaves its result
 * without a target and skips Bean Validation, so the form could neither be shown again nor tell about its
 * other problems. The errors, with the rejected text, are carried over onto the form that was built, and the
 * form is validated, adding errors only to fields that have none yet.
 */
@Component
class IndicatorBinding {

	private final Validator validator;

	IndicatorBinding(Validator mvcValidator) {
		this.validator = mvcValidator;
	}

	BindingResult onForm(Object form, BindingResult bound, Model model) {
		if (bound.getTarget() != null) {
			return bound;
		}
		var carried = new BeanPropertyBindingResult(form, bound.getObjectName());
		carried.addAllErrors(bound);
		var validated = new BeanPropertyBindingResult(form, bound.getObjectName());
		validator.validate(form, validated);
		for (FieldError error : validated.getFieldErrors()) {
			if (!carried.hasFieldErrors(error.getField())) {
				carried.addError(error);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), carried);
		return carried;
	}

}
