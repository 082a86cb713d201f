package fi.ohjaamo.organisation;

import java.io.Serializable;
import java.util.UUID;

/**
 * The principal of an authenticated session, whatever way the person signed in. Kept small because it
 * lives in the HTTP session; roles are read per request so a changed role takes effect at once.
 */
public record SignedInPerson(UUID personId, String displayName, String username) implements Serializable {

	@Override
	public String toString() {
		return username;
	}

}
