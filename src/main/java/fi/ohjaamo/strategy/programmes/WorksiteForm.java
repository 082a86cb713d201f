package fi.ohjaamo.strategy.programmes;

import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionResponsibleKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing a worksite. {@code responsible} is chosen as for an action: {@code unit:<id>},
 * {@code person:<id>}, {@code role} (described in {@code role}) or empty when not yet named; {@code version} is
 * the version the person saw, null when adding.
 */
public record WorksiteForm(@NotBlank @Size(max = 500) String name, @Size(max = 4000) String description,
		@Nullable String responsible, @Size(max = 300) @Nullable String role, @Nullable Long version) {

	public WorksiteForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
		responsible = responsible == null ? "" : responsible.strip();
		role = role == null ? "" : role.strip();
	}

	static WorksiteForm blank() {
		return new WorksiteForm("", "", "", "", null);
	}

	static WorksiteForm of(Worksite worksite) {
		var r = worksite.responsible();
		boolean undecided = r.kind() == ActionResponsibleKind.ROLE && r.role().isEmpty();
		return new WorksiteForm(worksite.getName(), worksite.getDescription(), undecided ? "" : r.choice(), r.role(),
				worksite.getVersion());
	}

	/** The responsible party the form names; an empty choice is a role not yet described. */
	public @Nullable ActionResponsible responsibleParty() {
		if (responsible == null || responsible.isEmpty()) {
			return new ActionResponsible(ActionResponsibleKind.ROLE, null, null, "");
		}
		return ActionResponsible.parse(responsible, role);
	}

}
