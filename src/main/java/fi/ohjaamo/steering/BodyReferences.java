package fi.ohjaamo.steering;

import java.util.List;
import java.util.UUID;

/**
 * What other modules hold that names a body, asked before the body is deleted: the modules that refer to bodies
 * (the decision matrix, recorded decisions) implement it, so this module need not know them.
 */
public interface BodyReferences {

	/** Each kind of reference with how many there are; none when nothing refers to the body. */
	List<Reference> to(UUID organisationId, UUID bodyId);

	/** A kind of reference, told by its message with the count as the argument. */
	record Reference(String messageCode, long count) {
	}

}
