package fi.ohjaamo.scenario;

import fi.ohjaamo.shared.web.BoundForms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * When a value cannot be converted (a scenario's version tampered with), constructor binding also skips Bean
 * Validation. After the errors are carried onto the form, it is validated, adding errors only to fields that
 * have none yet, so the page tells about all its problems at once.
 */
@Component
class ScenarioBinding {

	private final Validator validator;

	ScenarioBinding(Validator mvcValidator) {
		this.validator = mvcValidator;
	}

	BindingResult onForm(Object form, BindingResult bound, Model model) {
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
