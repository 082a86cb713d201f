package fi.ohjaamo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number followed by a counted word takes a choice between one and many ({@code {0,choice,0#{0} projektia|1#{0}
 * projekti|1<{0} projektia}}), so that no page says "1 projektia", "1 projects" or "1 medlemmar". The check is a
 * heuristic on the word after a bare placeholder: a Finnish partitive, an English plural, a Swedish plural.
 */
class CountedWordsTests {

	private static final Path BUNDLES = Path.of("src/main/resources");

	/** Placeholders followed by such a word that are not counts of things, or counts that are never one. */
	private static final Map<String, String> NOT_COUNTS = Map.ofEntries(
			Map.entry("actionplan.plans.copyNamed", "{1} is the plan's period, not a count"),
			Map.entry("decisions.record.membersOnly", "{0} is a body's name"),
			Map.entry("decisions.condition.TOTAL_ABOVE.with", "Finnish ablative, right with one too: 1 vuodelta"),
			Map.entry("exchange.rejected.tooManyRows", "a limit in the thousands"),
			Map.entry("exchange.system.rejected.tooManyRows", "a limit in the thousands"),
			Map.entry("exchange.rejected.cellTooLong", "{0} is a cell reference, {1} a limit in the thousands"),
			Map.entry("exchange.rejected.lineWithoutProject", "{1} is a row number (rivin 3 kehittämiskohdetta)"),
			Map.entry("exchange.rejected.lineAmbiguousNumber", "{2} is a project number"),
			Map.entry("exchange.rejected.duplicateColumn", "{0} is a column's name"),
			Map.entry("exchange.rejected.duplicateLineColumn", "{1} is a column's name"),
			Map.entry("exchange.rejected.noLineKey", "{0} is a sheet's name"),
			Map.entry("exchange.import.intro", "limits of megabytes and thousands of rows"),
			Map.entry("exchange.system.import.intro", "limits of megabytes and thousands of rows"),
			Map.entry("prioritisation.ranking.partly", "a fraction, 2/5 kriteeriä"),
			Map.entry("Size", "a length limit of a text field"),
			Map.entry("accessibility.edit.tooLong", "a length limit in the thousands"),
			Map.entry("accessibility.default.p1", "{0} is the organisation's name"),
			Map.entry("exchange.system.rejected.noSheetKey", "{0} is a sheet's name"),
			Map.entry("prioritisation.fundingCall.card.granted", "{0} is an amount of money"),
			Map.entry("decisions.correction.linkNamed", "{0} names the decision"),
			Map.entry("actionplan.approvedPlan.why", "{0} is the plan's name, {1} a body's"),
			Map.entry("Size.setupForm.password", "a minimum length of a password"),
			Map.entry("Size.setupForm.username", "a range of lengths"),
			Map.entry("strategy.target.rule.change", "{0} is a target's rule, ≤ −10 %"),
			Map.entry("history.field.targetBasis", "{0} is a target's period, 2026/1"));

	private static final Pattern COUNTED = Pattern.compile("\\{(\\d)\\}(?:–\\{\\d\\})? (\\p{L}+)");

	private static final Map<String, Pattern> MANY = Map.of("fi",
			Pattern.compile(".*(ta|tä|aa|ää|ia|iä|ea|eä|oa|ua|yä|öä)"), "sv", Pattern.compile(".*(ar|er|or)"), "en",
			Pattern.compile(".{3,}s"));

	@Test
	void everyCountedWordAgreesWithTheNumberOne() throws IOException {
		var wrong = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				String name = file.getFileName().toString();
				String language = name.endsWith("_en.properties") ? "en" : name.endsWith("_sv.properties") ? "sv" : "fi";
				if (!name.startsWith("messages") && !file.getParent().endsWith("i18n")) {
					continue;
				}
				var messages = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					messages.load(reader);
				}
				for (String key : messages.stringPropertyNames()) {
					if (NOT_COUNTS.containsKey(key)) {
						continue;
					}
					Matcher m = COUNTED.matcher(withoutChoices(messages.getProperty(key)));
					while (m.find()) {
						if (MANY.get(language).matcher(m.group(2)).matches()) {
							wrong.add(name + ": " + key + " = " + messages.getProperty(key));
						}
					}
				}
			}
		}
		assertThat(wrong).as("counts without a choice between one and many").isEmpty();
	}

	/** The message without its choice formats, whose parts already say one and many apart. */
	static String withoutChoices(String message) {
		var out = new StringBuilder();
		int i = 0;
		while (i < message.length()) {
			int start = message.indexOf(",choice,", i);
			if (start < 0) {
				out.append(message, i, message.length());
				break;
			}
			int open = message.lastIndexOf('{', start);
			out.append(message, i, open);
			int depth = 0;
			int j = open;
			for (; j < message.length(); j++) {
				char c = message.charAt(j);
				depth += c == '{' ? 1 : c == '}' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			out.append("{choice}");
			i = j + 1;
		}
		return out.toString();
	}

	@Test
	void leavesTheWordsOfAChoiceAlone() {
		assertThat(withoutChoices("Näytetään {0}–{1} / {2,choice,0#{2} projektia|1#{2} projekti|1<{2} projektia}."))
			.isEqualTo("Näytetään {0}–{1} / {choice}.");
		assertThat(List.of(withoutChoices("{0} projektia"))).containsExactly("{0} projektia");
	}

}
