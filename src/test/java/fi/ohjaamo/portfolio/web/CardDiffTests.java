package fi.ohjaamo.portfolio.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardDiffTests {

	@Test
	void listsOnlyTheFieldsThatChanged() {
		var changes = CardDiff.between(
				List.of(new CardField("title", "Nimi", "Verkko"), new CardField("schedule", "Aikataulu", "Q3/2022–Q2/2023")),
				List.of(new CardField("title", "Nimi", "Verkko"), new CardField("schedule", "Aikataulu", "Q3/2022–Q4/2023")));
		assertThat(changes).extracting(CardDiff.Change::key).containsExactly("schedule");
	}

	@Test
	void marksTheChangedWordsAndKeepsTheRest() {
		var change = CardDiff.between(List.of(new CardField("d", "Kuvaus", "Uusitaan kytkimet vuonna 2023")),
				List.of(new CardField("d", "Kuvaus", "Uusitaan tukiasemat vuonna 2024"))).getFirst();
		assertThat(change.before()).contains("Uusitaan").contains("<del class=\"diff-removed\">kytkimet</del>");
		assertThat(change.after()).contains("<ins class=\"diff-added\">tukiasemat</ins>").contains("vuonna");
	}

	@Test
	void escapesWhatPeopleTypedBeforeMarkingIt() {
		var change = CardDiff.between(List.of(new CardField("d", "Kuvaus", "")),
				List.of(new CardField("d", "Kuvaus", "<script>alert(1)</script> & muuta"))).getFirst();
		assertThat(change.after()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
	}

	@Test
	void keepsLineBreaksOfListsReadable() {
		var change = CardDiff.between(List.of(new CardField("c", "Kustannukset", "Investointi 2023: 10 000 €")),
				List.of(new CardField("c", "Kustannukset", "Investointi 2023: 10 000 €\nJatkuva 2024–: 3 000 €"))).getFirst();
		assertThat(change.after()).contains("<br>").contains("Jatkuva");
	}

}
