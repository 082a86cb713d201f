package fi.ohjaamo.capacity;

import java.util.UUID;

import fi.ohjaamo.portfolio.ResourceParty;
import org.jspecify.annotations.Nullable;

/**
 * Who has the capacity: IT, or one service area (the card's service-area resource lines load the project's own
 * service area). Purchased services have no capacity to compare against.
 */
public record Party(ResourceParty kind, @Nullable UUID serviceAreaId) implements Comparable<Party> {

	public static final Party IT = new Party(ResourceParty.IT, null);

	public Party {
		if (kind == ResourceParty.PURCHASED) {
			throw new IllegalArgumentException("purchased services have no capacity");
		}
		if ((kind == ResourceParty.SERVICE_AREA) != (serviceAreaId != null)) {
			throw new IllegalArgumentException("a service area party needs its unit, IT none");
		}
	}

	public static Party serviceArea(UUID serviceAreaId) {
		return new Party(ResourceParty.SERVICE_AREA, serviceAreaId);
	}

	public boolean isIt() {
		return kind == ResourceParty.IT;
	}

	/** IT first, then service areas in a stable order; the page orders service areas by their names. */
	@Override
	public int compareTo(Party other) {
		if (isIt() != other.isIt()) {
			return isIt() ? -1 : 1;
		}
		return isIt() ? 0 : String.valueOf(serviceAreaId).compareTo(String.valueOf(other.serviceAreaId));
	}

}
