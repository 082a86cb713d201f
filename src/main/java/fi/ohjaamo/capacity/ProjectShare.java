package fi.ohjaamo.capacity;

import java.util.UUID;

/** How much of one quarter's demand on one party a project causes, in person-days. */
public record ProjectShare(UUID projectId, String title, double low, double high) {
}
