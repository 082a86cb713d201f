package fi.ohjaamo.shared.web;

import org.springframework.stereotype.Component;

/**
 * The HTML id of a form field, {@code costs[0].amountMin} → {@code costs-0-amountMin}, so that labels,
 * error messages and the error summary's links all point at the same input. Templates use {@code @fieldIds}.
 */
@Component("fieldIds")
public class FieldIds {

	public String of(String field) {
		return field.replace("[", "-").replace("]", "").replace('.', '-');
	}

}
