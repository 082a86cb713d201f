package fi.ohjaamo.shared.web;

import java.beans.PropertyEditorSupport;

import fi.ohjaamo.shared.ControlCharacters;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a request carries into a form, a record bound by its constructor or a query parameter loses its
 * control characters here, in one place, so no handler can forget it and no stored text can break a document.
 */
@ControllerAdvice
class TextBinding {

	@InitBinder
	void stripControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(ControlCharacters.strip(text));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : getValue().toString();
			}

		});
	}

}
