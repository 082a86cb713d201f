package fi.ohjaamo.decisions;

import java.util.Set;

import fi.ohjaamo.steering.SteeringBody;
import org.jspecify.annotations.Nullable;

/**
 * Where one project stands with the decision rules: how each rule reads it, the body that must decide, the analyses
 * still missing, and whether the person looking may record the decision.
 */
public record ProjectStanding(MatrixReading reading, @Nullable SteeringBody body, Set<Analysis> missing,
		boolean mayRecord) {

	public boolean readyForAssessment() {
		return missing.isEmpty() && !reading.bodyUndetermined();
	}

}
