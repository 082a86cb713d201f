package fi.ohjaamo.strategy;

import java.util.UUID;

/** A strategic goal as other modules see it. */
public record GoalView(UUID id, String name) {

}
