package fi.ohjaamo.capacity;

import java.util.List;
import java.util.Optional;

/**
 * One party's quarters in order, and the projects that load the party with an effort nobody has estimated yet.
 */
public record PartyOutlook(Party party, List<QuarterLoad> quarters, List<ProjectShare> unknownEffort) {

	public PartyOutlook {
		quarters = List.copyOf(quarters);
		unknownEffort = List.copyOf(unknownEffort);
	}

	public Optional<QuarterLoad> in(Quarter quarter) {
		return quarters.stream().filter(q -> q.quarter().equals(quarter)).findFirst();
	}

	public boolean hasOverload() {
		return quarters.stream().anyMatch(QuarterLoad::mayExceed);
	}

}
