package fi.ohjaamo.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDiffTests {

	@Test
	void listsOnlyTheFieldsThatChanged() {
		var changes = FieldDiff.between(
				List.of(new ReadField("title", "Nimi", "Verkko"), new ReadField("schedule", "Aikataulu", "Q3/2022–Q2/2023")),
				List.of(new ReadField("title", "Nimi", "Verkko"), new ReadField("schedule", "Aikataulu", "Q3/2022–Q4/2023")));
		assertThat(changes).extracting(FieldDiff.Change::key).containsExactly("schedule");
	}

	@Test
	void marksTheChangedWordsAndKeepsTheRest() {
		var change = FieldDiff.between(List.of(new ReadField("d", "Kuvaus", "Uusitaan kytkimet vuonna 2023")),
				List.of(new ReadField("d", "Kuvaus", "Uusitaan tukiasemat vuonna 2024"))).getFirst();
		assertThat(change.before()).contains("Uusitaan").contains("<del class=\"diff-removed\">kytkimet</del>");
		assertThat(change.after()).contains("<ins class=\"diff-added\">tukiasemat</ins>").contains("vuonna");
	}

	@Test
	void escapesWhatPeopleTypedBeforeMarkingIt() {
		var change = FieldDiff.between(List.of(new ReadField("d", "Kuvaus", "")),
				List.of(new ReadField("d", "Kuvaus", "<script>alert(1)</script> & muuta"))).getFirst();
		assertThat(change.after()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
	}

	@Test
	void aFieldOnlyOneVersionHasCountsAsEmptyInTheOther() {
		var changes = FieldDiff.between(List.of(new ReadField("t", "Nimi", "Verkko")),
				List.of(new ReadField("t", "Nimi", "Verkko"), new ReadField("f", "Painopistealue", "Palvelut")));
		assertThat(changes).extracting(FieldDiff.Change::label).containsExactly("Painopistealue");
		assertThat(changes.getFirst().after()).contains("Palvelut");
	}

	@Test
	void keepsLineBreaksOfListsReadable() {
		var change = FieldDiff.between(List.of(new ReadField("c", "Kustannukset", "Investointi 2023: 10 000 €")),
				List.of(new ReadField("c", "Kustannukset", "Investointi 2023: 10 000 €\nJatkuva 2024–: 3 000 €"))).getFirst();
		assertThat(change.after()).contains("<br>").contains("Jatkuva");
	}

}
