package fi.ohjaamo.registers;

import java.util.UUID;

/** A project that changes a system, as the system's page lists it. {@code status} is the portfolio's status name. */
public record LinkedProject(UUID projectId, String number, String title, String status, Relation relation) {
}
