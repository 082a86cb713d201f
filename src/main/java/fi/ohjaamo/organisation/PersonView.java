package fi.ohjaamo.organisation;

import java.util.UUID;

/** A person as other modules see them: enough to name and choose them. */
public record PersonView(UUID id, String displayName) {

}
