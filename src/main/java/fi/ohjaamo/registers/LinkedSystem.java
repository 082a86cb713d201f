package fi.ohjaamo.registers;

import java.util.UUID;

/** A system a project changes, as the project's card lists it. */
public record LinkedSystem(UUID systemId, String name, Relation relation) {
}
