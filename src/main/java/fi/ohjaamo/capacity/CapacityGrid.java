package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity grid IT management keeps: the values and the version they were read at, saving the changed cells
 * with a kept change per cell and one audit event, and refusing a save based on an older version.
 */
@Service
@Transactional(readOnly = true)
class CapacityGrid {

	static final int HISTORY_SHOWN = 30;

	/** What the grid holds now, and the version a save must be based on. */
	record State(Map<Party, Map<Quarter, BigDecimal>> values, long version) {

		@Nullable BigDecimal of(Party party, Quarter quarter) {
			return values.getOrDefault(party, Map.of()).get(quarter);
		}

	}

	/** A value typed into one cell; null days clear it. */
	record Typed(Party party, Quarter quarter, @Nullable BigDecimal days) {
	}

	private final CapacityStore store;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CapacityGrid(CapacityStore store, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	State state(UUID organisationId) {
		return new State(store.capacities(organisationId), store.version(organisationId));
	}

	List<CapacityChange> history(UUID organisationId) {
		return store.latestChanges(organisationId, HISTORY_SHOWN);
	}

	/**
	 * Saves the cells whose value differs from the stored one.
	 * @throws ChangedMeanwhileException when the grid was saved after {@code basedOnVersion}
	 */
	@Transactional
	List<CapacityChange> save(CurrentUser user, long basedOnVersion, List<Typed> cells) {
		CapacityPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var units = organisations.unitsOf(organisationId);
		if (cells.stream().anyMatch(c -> !c.party().isIt() && !units.isServiceArea(c.party().serviceAreaId()))) {
			throw new NotFoundException();
		}
		if (!store.raiseVersion(organisationId, basedOnVersion)) {
			throw new ChangedMeanwhileException("the capacity grid");
		}
		var stored = store.capacities(organisationId);
		var changes = new ArrayList<CapacityChange>();
		for (var cell : cells) {
			BigDecimal before = stored.getOrDefault(cell.party(), Map.of()).get(cell.quarter());
			if (!sameNumber(before, cell.days())) {
				store.put(organisationId, cell.party(), cell.quarter(), cell.days());
				var change = new CapacityChange(cell.party(), cell.quarter(), before, cell.days(), user.personId(),
						user.displayName(), clock.instant());
				store.keep(organisationId, change);
				changes.add(change);
			}
		}
		if (!changes.isEmpty()) {
			var names = units.names();
			events.publishEvent(new CapacityChanged(organisationId, changes.stream()
				.map(c -> describe(c, names))
				.collect(Collectors.joining("; "))));
		}
		return changes;
	}

	private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
	}

	private static String describe(CapacityChange change, Map<UUID, String> names) {
		String party = change.party().isIt() ? "IT" : names.getOrDefault(change.party().serviceAreaId(), "?");
		return party + " " + change.quarter() + ": " + plain(change.before()) + " → " + plain(change.after());
	}

	private static String plain(@Nullable BigDecimal days) {
		return days == null ? "–" : days.stripTrailingZeros().toPlainString();
	}

}
