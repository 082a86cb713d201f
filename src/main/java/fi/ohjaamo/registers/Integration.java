package fi.ohjaamo.registers;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Data flowing between the system and another one, and how (an interface, a file, the integration platform). */
@Embeddable
public record Integration(UUID targetSystemId, @Enumerated(EnumType.STRING) Direction direction, String method) {
}
