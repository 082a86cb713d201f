package fi.ohjaamo.steering;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Everything a person sets on a steering body; the chair and the preparer are among the members. */
public record BodyDefinition(String name, BodyKind kind, List<UUID> memberIds, @Nullable UUID chairId,
		@Nullable UUID preparerId, boolean active) {

	public BodyDefinition {
		memberIds = memberIds.stream().distinct().toList();
	}

}
