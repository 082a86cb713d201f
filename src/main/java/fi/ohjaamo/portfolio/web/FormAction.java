package fi.ohjaamo.portfolio.web;

import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ResourceLine;
import org.jspecify.annotations.Nullable;

/**
 * The buttons of the card form that add or remove a cost or resource line. They work without
 * JavaScript: the form is sent, the line list changes, and the form comes back with all input kept.
 */
record FormAction(String name, int index) {

	static FormAction of(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return new FormAction("save", -1);
		}
		int colon = value.indexOf(':');
		if (colon < 0) {
			return new FormAction(value, -1);
		}
		try {
			return new FormAction(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			return new FormAction("save", -1);
		}
	}

	/** Applies an add or remove to the form's own line lists; false when the action is a save. */
	boolean changesLines(ProjectCardForm form) {
		switch (name) {
			case "addCost" -> form.costs().add(CostLine.blank());
			case "addResource" -> form.resources().add(ResourceLine.blank());
			case "removeCost" -> removeAt(form.costs());
			case "removeResource" -> removeAt(form.resources());
			default -> {
				return false;
			}
		}
		return true;
	}

	/**
	 * The form to show after the action. After a removal the lines below have moved, so the form's old
	 * errors would sit on the wrong lines: a fresh copy of the form leaves them behind.
	 */
	ProjectCardForm formToShow(ProjectCardForm form) {
		return name.startsWith("remove") ? ProjectCardForm.of(form.card()) : form;
	}

	private void removeAt(java.util.List<?> lines) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
	}

}
