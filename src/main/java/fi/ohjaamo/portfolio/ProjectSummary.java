package fi.ohjaamo.portfolio;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A project as other modules list and name it: what identifies it, without its card. */
public record ProjectSummary(UUID id, String number, String title, Status status, Obligation obligation,
		@Nullable UUID serviceAreaId) {
}
