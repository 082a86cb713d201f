package fi.ohjaamo.steering;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a steering body; {@code version} is the version the person saw, null when adding. */
record BodyForm(@NotBlank @Size(max = 200) String name, @NotNull @Nullable BodyKind kind,
		@Nullable List<UUID> memberIds, @Nullable UUID chairId, @Nullable UUID preparerId, @Nullable Boolean active,
		@Nullable Long version) {

	BodyForm {
		name = name == null ? "" : name.strip();
		memberIds = memberIds == null ? List.of() : memberIds.stream().filter(Objects::nonNull).distinct().toList();
		// An unticked checkbox sends nothing.
		active = active != null && active;
	}

	static BodyForm blank() {
		return new BodyForm("", BodyKind.IT_STEERING_GROUP, List.of(), null, null, true, null);
	}

	static BodyForm of(SteeringBody body) {
		var d = body.definition();
		return new BodyForm(d.name(), d.kind(), d.memberIds(), d.chairId(), d.preparerId(), d.active(),
				body.getVersion());
	}

	BodyDefinition definition() {
		return new BodyDefinition(name, kind == null ? BodyKind.OTHER : kind,
				memberIds == null ? List.of() : memberIds, chairId, preparerId, active != null && active);
	}

}
