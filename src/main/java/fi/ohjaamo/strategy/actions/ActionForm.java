package fi.ohjaamo.strategy.actions;

import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionResponsibleKind;
import fi.ohjaamo.strategy.ActionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing an action. {@code responsible} is the choice {@code unit:<id>}, {@code person:<id>},
 * {@code role} (described in {@code role}) or empty when not yet named; {@code version} is the version the
 * person saw, null when adding.
 */
public record ActionForm(@NotBlank @Size(max = 2000) String description, String responsible, @Size(max = 300) String role,
		@Size(max = 20) String due, @NotNull @Nullable ActionStatus status, @Size(max = 4000) String progressNote,
		@Nullable Long version) {

	public ActionForm {
		description = description == null ? "" : description.strip();
		responsible = responsible == null ? "" : responsible.strip();
		role = role == null ? "" : role.strip();
		due = due == null ? "" : due.strip();
		progressNote = progressNote == null ? "" : progressNote.strip();
	}

	public static ActionForm blank() {
		return new ActionForm("", "", "", "", ActionStatus.NOT_STARTED, "", null);
	}

	static ActionForm of(Action action) {
		var r = action.responsible();
		boolean undecided = r.kind() == ActionResponsibleKind.ROLE && r.role().isEmpty();
		return new ActionForm(action.getDescription(), undecided ? "" : r.choice(), r.role(), action.getDue(),
				action.getStatus(), action.getProgressNote(), action.getVersion());
	}

	/** The responsible party the form names; an empty choice is a role not yet described. */
	public @Nullable ActionResponsible responsibleParty() {
		if (responsible == null || responsible.isEmpty()) {
			return new ActionResponsible(ActionResponsibleKind.ROLE, null, null, "");
		}
		return ActionResponsible.parse(responsible, role);
	}

}
