package fi.ohjaamo.registers;

/**
 * A record that refers to a system or a vendor and so keeps it from being deleted: {@code kind} is the message key
 * of what it is, {@code path} its page.
 */
public record RegisterReference(String kind, String name, String path) {
}
