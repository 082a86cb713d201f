package fi.ohjaamo.capacity;

import java.util.List;
import java.util.Optional;

/**
 * Capacity against demand per quarter and party for a plan: IT always, and each service area that has capacity
 * set. Projects whose work cannot be spread because their schedule is missing are listed as not scheduled.
 */
public record CapacityOutlook(List<Quarter> quarters, List<PartyOutlook> parties, List<PlannedWork> notScheduled) {

	public CapacityOutlook {
		quarters = List.copyOf(quarters);
		parties = List.copyOf(parties);
		notScheduled = List.copyOf(notScheduled);
	}

	public Optional<PartyOutlook> of(Party party) {
		return parties.stream().filter(p -> p.party().equals(party)).findFirst();
	}

	public PartyOutlook it() {
		return of(Party.IT).orElseThrow();
	}

}
