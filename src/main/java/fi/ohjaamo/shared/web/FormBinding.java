package fi.ohjaamo.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * When a value cannot be converted (a weight typed as "paljon", years as "kolme"), constructor binding leaves no
 * form and also skips Bean Validation. The errors are carried onto the form ({@link BoundForms}) and the form is
 * then validated, adding errors only to fields that have none yet, so the page tells about all its problems at once.
 * Every module's form controllers use this one binding.
 */
@Component
public class FormBinding {

	private final Validator validator;

	FormBinding(Validator mvcValidator) {
		this.validator = mvcValidator;
	}

	public BindingResult onForm(Object form, BindingResult bound, Model model) {
		if (bound.getTarget() != null) {
			return bound;
		}
		var carried = BoundForms.onTarget(form, bound, model);
		var validated = new BeanPropertyBindingResult(form, bound.getObjectName());
		validator.validate(form, validated);
		for (FieldError error : validated.getFieldErrors()) {
			if (!carried.hasFieldErrors(error.getField())) {
				carried.addError(error);
			}
		}
		return carried;
	}

}
