package fi.ohjaamo.strategy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The party responsible for an action. In forms it travels as one choice: {@code unit:<id>},
 * {@code person:<id>} or {@code role} with the role described separately.
 */
public record ActionResponsible(ActionResponsibleKind kind, @Nullable UUID unitId, @Nullable UUID personId, String role) {

	public static ActionResponsible unit(UUID unitId) {
		return new ActionResponsible(ActionResponsibleKind.UNIT, unitId, null, "");
	}

	public static ActionResponsible person(UUID personId) {
		return new ActionResponsible(ActionResponsibleKind.PERSON, null, personId, "");
	}

	public static ActionResponsible role(String role) {
		return new ActionResponsible(ActionResponsibleKind.ROLE, null, null, role.strip());
	}

	public static @Nullable ActionResponsible parse(@Nullable String choice, @Nullable String role) {
		if (choice == null || choice.isBlank()) {
			return null;
		}
		try {
			if (choice.equals("role")) {
				return new ActionResponsible(ActionResponsibleKind.ROLE, null, null, role == null ? "" : role.strip());
			}
			if (choice.startsWith("unit:")) {
				return new ActionResponsible(ActionResponsibleKind.UNIT, UUID.fromString(choice.substring(5)), null, "");
			}
			if (choice.startsWith("person:")) {
				return new ActionResponsible(ActionResponsibleKind.PERSON, null, UUID.fromString(choice.substring(7)), "");
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return null;
	}

	public String choice() {
		return switch (kind) {
			case ROLE -> "role";
			case UNIT -> "unit:" + unitId;
			case PERSON -> "person:" + personId;
		};
	}

}
