package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.shared.web.ThreeWayMerge;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.jspecify.annotations.Nullable;

/**
 * The capacity grid as typed: one cell per party and quarter, rows after each other, with the version the grid
 * was read at. An empty cell clears the quarter's capacity.
 */
record CapacityForm(@Nullable Long version, @Valid List<Cell> cells) {

	/**
	 * One party's quarter; the party is "IT" or the service area's id. A stale save is merged cell by cell, as each
	 * cell is a figure of its own.
	 */
	record Cell(@Nullable String party, @Nullable Integer year, @Nullable Integer quarter,
			@DecimalMin("0") @Digits(integer = 7, fraction = 1) @Nullable BigDecimal days) implements ThreeWayMerge.Cell {

		@Override
		public String key() {
			return party + "-" + year + "-" + quarter;
		}

		@Override
		public @Nullable Object value() {
			return days;
		}

		@Override
		public Cell withValue(@Nullable Object value) {
			return new Cell(party, year, quarter, (BigDecimal) value);
		}

		Optional<CapacityGrid.Typed> typed() {
			var who = partyOf(party);
			if (who.isEmpty() || year == null || quarter == null || quarter < 1 || quarter > 4) {
				return Optional.empty();
			}
			return Optional.of(new CapacityGrid.Typed(who.get(), new Quarter(year, quarter), days));
		}

	}

	CapacityForm {
		cells = cells == null ? new ArrayList<>() : new ArrayList<>(cells);
	}

	static CapacityForm of(List<Party> parties, List<Quarter> quarters, CapacityGrid.State state) {
		var cells = new ArrayList<Cell>();
		for (var party : parties) {
			for (var quarter : quarters) {
				cells.add(new Cell(keyOf(party), quarter.year(), quarter.quarter(), state.of(party, quarter)));
			}
		}
		return new CapacityForm(state.version(), cells);
	}

	/** The typed cells; one that names no party or quarter was not made by the page and is left out. */
	List<CapacityGrid.Typed> typed() {
		return cells.stream().flatMap(c -> c.typed().stream()).toList();
	}

	/** The merge's name of a party's quarter in the grid. */
	static String fieldOf(Party party, Quarter quarter) {
		return "cells[" + new Cell(keyOf(party), quarter.year(), quarter.quarter(), null).key() + "]";
	}

	static String keyOf(Party party) {
		return party.isIt() ? "IT" : String.valueOf(party.serviceAreaId());
	}

	static Optional<Party> partyOf(@Nullable String key) {
		if ("IT".equals(key)) {
			return Optional.of(Party.IT);
		}
		try {
			return key == null ? Optional.empty() : Optional.of(Party.serviceArea(UUID.fromString(key)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
