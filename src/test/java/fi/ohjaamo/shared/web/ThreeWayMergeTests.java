package fi.ohjaamo.shared.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTests {

	record Form(String name, @Nullable String purpose, @Nullable Integer users, List<String> lines, @Nullable Long version) {

		Form {
			name = name == null ? "" : name.strip();
		}

	}

	static final Form BASE = new Form("Kirjasto", "Lainaus", 100, List.of("a"), 1L);

	@Test
	void takesWhatOnlyTheyChangedAndKeepsWhatOnlyIChanged() {
		var mine = new Form("Kirjasto", "Lainaus ja varaukset", 100, List.of("a"), 1L);
		var theirs = new Form("Kirjastojärjestelmä", "Lainaus", 120, List.of("a"), 2L);

		var outcome = ThreeWayMerge.merge(BASE, mine, theirs, Set.of("version"));

		assertThat(outcome.merged()).isEqualTo(new Form("Kirjastojärjestelmä", "Lainaus ja varaukset", 120, List.of("a"), 2L));
		assertThat(outcome.taken()).containsExactly("name", "users");
		assertThat(outcome.conflicts()).isEmpty();
	}

	@Test
	void aFieldBothChangedDifferentlyKeepsMineAndAwaitsAChoice() {
		var mine = new Form("Kirjasto", "Minun kuvaukseni", 100, List.of("a", "b"), 1L);
		var theirs = new Form("Kirjasto", "Heidän kuvauksensa", 100, List.of("c"), 2L);

		var outcome = ThreeWayMerge.merge(BASE, mine, theirs, Set.of("version"));

		assertThat(outcome.conflicts()).containsExactly("purpose", "lines");
		assertThat(outcome.merged().purpose()).isEqualTo("Minun kuvaukseni");
		assertThat(outcome.merged().lines()).containsExactly("a", "b");
		assertThat(outcome.merged().version()).isEqualTo(2L);
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		var mine = new Form("Uusi nimi", "Lainaus", 100, List.of("a"), 1L);
		var theirs = new Form("Uusi nimi", "Lainaus", 100, List.of("a"), 2L);

		var outcome = ThreeWayMerge.merge(BASE, mine, theirs, Set.of("version"));

		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.taken()).isEmpty();
		assertThat(outcome.merged().name()).isEqualTo("Uusi nimi");
	}

	@Test
	void emptyTextAndNoTextAreTheSame() {
		var base = new Form("K", null, null, List.of(), 1L);
		var mine = new Form("K", "", null, List.of(), 1L);
		var theirs = new Form("K", "Heidän", null, List.of(), 2L);

		var outcome = ThreeWayMerge.merge(base, mine, theirs, Set.of("version"));

		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.merged().purpose()).isEqualTo("Heidän");
	}

	@Test
	void aTextSentBackWithTheBrowsersLineBreaksIsUnchanged() {
		var base = new Form("K", "Ensimmäinen kappale.\n\nToinen kappale.", null, List.of(), 1L);
		var mine = new Form("K", "Minun kuvaukseni", null, List.of(), 1L);
		var theirs = new Form("K", "Ensimmäinen kappale.\r\n\r\nToinen kappale.", null, List.of(), 2L);

		var outcome = ThreeWayMerge.merge(base, mine, theirs, Set.of("version"));

		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.merged().purpose()).isEqualTo("Minun kuvaukseni");
	}

	record Line(@Nullable BigDecimal amount, String note) {
	}

	record Costs(List<Line> lines) {
	}

	@Test
	void amountsAreComparedByValueAlsoInsideLines() {
		var base = new Costs(List.of(new Line(new BigDecimal("10000"), "")));
		var same = new Costs(List.of(new Line(new BigDecimal("10000.00"), "")));

		var outcome = ThreeWayMerge.merge(base, same, base, Set.of());

		assertThat(outcome.taken()).isEmpty();
		assertThat(outcome.conflicts()).isEmpty();
	}

	@Test
	void withoutABaseEveryDifferenceAwaitsAChoiceSoNothingOfTheirsIsDroppedUnasked() {
		var mine = new Form("Kirjasto", "Lainaus", 100, List.of("a"), 1L);
		var theirs = new Form("Kirjastojärjestelmä", "Lainaus", 120, List.of("a"), 2L);

		var outcome = ThreeWayMerge.merge(null, mine, theirs, Set.of("version"));

		assertThat(outcome.conflicts()).containsExactly("name", "users");
		assertThat(outcome.merged().name()).isEqualTo("Kirjasto");
	}

	@Test
	void takingTheirsReplacesOnlyTheChosenFields() {
		var mine = new Form("Minun", "Minun", 1, List.of("m"), 2L);
		var theirs = new Form("Heidän", "Heidän", 2, List.of("h"), 2L);

		var chosen = ThreeWayMerge.taking(mine, theirs, List.of("purpose", "lines", "unknown"));

		assertThat(chosen).isEqualTo(new Form("Minun", "Heidän", 1, List.of("h"), 2L));
	}

	/** A party's capacity in a quarter, with the version its row was read at. */
	record Cell(String party, @Nullable BigDecimal days, long seen) implements ThreeWayMerge.Cell {

		@Override
		public String key() {
			return party;
		}

		@Override
		public @Nullable Object value() {
			return days;
		}

		@Override
		public Cell withValue(@Nullable Object value) {
			return new Cell(party, (BigDecimal) value, seen);
		}

	}

	record Grid(String title, List<Cell> cells) {
	}

	static Cell cell(String party, @Nullable String days, long seen) {
		return new Cell(party, days == null ? null : new BigDecimal(days), seen);
	}

	@Test
	void aGridIsMergedCellByCellNotAsOneList() {
		var base = new Grid("Kapasiteetti", List.of(cell("IT", "100", 1), cell("Sivistys", "50", 1), cell("Tekninen", "10", 1)));
		var mine = new Grid("Kapasiteetti", List.of(cell("IT", "120", 1), cell("Sivistys", "50", 1), cell("Tekninen", "20", 1)));
		var theirs = new Grid("Kapasiteetti", List.of(cell("IT", "100", 2), cell("Sivistys", "60", 2), cell("Tekninen", "30", 2)));

		var outcome = ThreeWayMerge.merge(base, mine, theirs, Set.of());

		assertThat(outcome.merged().cells()).containsExactly(cell("IT", "120", 2), cell("Sivistys", "60", 2),
				cell("Tekninen", "20", 2));
		assertThat(outcome.taken()).containsExactly("cells[Sivistys]");
		assertThat(outcome.conflicts()).containsExactly("cells[Tekninen]");
	}

	@Test
	void theGridHasTheCellsOfTheNewerSave() {
		var base = new Grid("K", List.of(cell("IT", "100", 1), cell("Poistettu", "5", 1)));
		var mine = new Grid("K", List.of(cell("IT", "100", 1), cell("Poistettu", "5", 1)));
		var theirs = new Grid("K", List.of(cell("IT", "100", 2), cell("Uusi", "40", 1)));

		var outcome = ThreeWayMerge.merge(base, mine, theirs, Set.of());

		assertThat(outcome.merged().cells()).containsExactly(cell("IT", "100", 2), cell("Uusi", "40", 1));
		assertThat(outcome.taken()).containsExactly("cells[Uusi]");
	}

	@Test
	void takingTheirsForACellReplacesOnlyThatCellsValue() {
		var mine = new Grid("Minun", List.of(cell("IT", "120", 2), cell("Sivistys", "20", 2)));
		var theirs = new Grid("Heidän", List.of(cell("IT", "100", 2), cell("Sivistys", null, 2)));

		var chosen = ThreeWayMerge.taking(mine, theirs, List.of("cells[Sivistys]"));

		assertThat(chosen).isEqualTo(new Grid("Minun", List.of(cell("IT", "120", 2), cell("Sivistys", null, 2))));
		assertThat(ThreeWayMerge.boundAt(chosen, "cells[Sivistys]")).isEqualTo("cells[1]");
		assertThat(ThreeWayMerge.boundAt(chosen, "title")).isEqualTo("title");
	}

}
