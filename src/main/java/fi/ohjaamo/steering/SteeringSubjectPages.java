package fi.ohjaamo.steering;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.SubjectPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lets a body's kept versions link back to the body's page. */
@Component
class SteeringSubjectPages implements SubjectPages {

	private final SteeringBodyRepository bodies;

	SteeringSubjectPages(SteeringBodyRepository bodies) {
		this.bodies = bodies;
	}

	@Override
	public @Nullable String pathOf(UUID organisationId, Subject subject) {
		if (!SteeringBodies.SUBJECT_TYPE.equals(subject.type())) {
			return null;
		}
		return bodies.findByIdAndOrganisationId(subject.id(), organisationId)
			.map(b -> "/steering/bodies/" + b.getId())
			.orElse(null);
	}

}
