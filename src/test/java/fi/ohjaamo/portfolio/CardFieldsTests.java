package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.ohjaamo.documents.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's costs and resources in a document read as on the pages, in the document's language. */
class CardFieldsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "fi|70 000–110 000 €|0,5–2,0", "sv|70 000–110 000 €|0,5–2,0",
			"en|€70,000–110,000|0.5–2.0" })
	void writesRangesOfMoneyAndWorkByTheRuleOfTheLanguage(String language, String money, String work) {
		var card = ProjectCard.blank(null)
			.toBuilder()
			.title("Asianhallinta")
			.number("4.1")
			.noStrategicGoal(true)
			.costs(List.of(new CostLine(CostKind.ONE_OFF, 2027, null, new BigDecimal("70000"), new BigDecimal("110000"),
					false, Vat.EXCLUDED, "")))
			.resources(List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_YEARS, new BigDecimal("0.5"),
					new BigDecimal("2"), "")))
			.build();

		var fields = new CardFields(new Words(messages(), Locale.of(language)), Map.of()).of(card).fields();

		String costs = fields.get(fields.size() - 2).value().replace('\u00a0', ' ');
		String resources = fields.getLast().value().replace('\u00a0', ' ');
		assertThat(costs).contains("2027: " + money).doesNotContain("2 027");
		assertThat(resources).contains(work + " ");
	}

	@org.junit.jupiter.api.Test
	void anEstimateWrittenInWordsIsPrintedAsItIsAndNotEstimatedOnlyWhenNothingWasGiven() {
		var inWords = ProjectCard.blank(null)
			.toBuilder()
			.title("Sanallinen arvio")
			.noStrategicGoal(true)
			.priority(Priority.HIGH)
			.costNote("Noin 50 000 euroa, tarkentuu hankinnassa.")
			.build();
		var nothing = inWords.toBuilder().costNote("").build();

		var words = new CardFields(new Words(messages(), Locale.of("fi")), Map.of());
		assertThat(value(words.of(inWords), "Projektin arvioidut kustannukset")).isEqualTo("Noin 50 000 euroa, tarkentuu hankinnassa.");
		assertThat(value(words.of(nothing), "Projektin arvioidut kustannukset")).isEqualTo("Kustannuksia ei ole arvioitu.");
		assertThat(value(words.of(inWords), "Prioriteetti")).isEqualTo("Korkea");
	}

	private static String value(fi.ohjaamo.documents.Block.Fields fields, String label) {
		return fields.fields().stream().filter(f -> f.label().startsWith(label)).findFirst().orElseThrow().value();
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
