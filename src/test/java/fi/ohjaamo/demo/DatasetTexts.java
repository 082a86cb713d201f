package fi.ohjaamo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.ohjaamo.demo.DatasetPlan.Subject;

/** Writes a card's texts about its subject from {@link DatasetWords}' sentences. */
final class DatasetTexts {

	private final DatasetRandom random;

	private final Subject subject;

	private final String unit;

	private final int year;

	DatasetTexts(DatasetRandom random, Subject subject, String unit, int year) {
		this.random = random;
		this.subject = subject;
		this.unit = unit;
		this.year = year;
	}

	String sentence(List<String> templates) {
		return fill(random.pick(templates));
	}

	/**
	 * Paragraphs of two to four different sentences, about {@code minLength} to {@code maxLength}
	 * characters long in all, as long as the sentences last.
	 */
	String paragraphs(List<String> templates, int minLength, int maxLength) {
		int target = random.between(minLength, maxLength);
		var unused = new ArrayList<>(templates);
		var text = new StringBuilder();
		int inParagraph = 0;
		int paragraphLength = random.between(2, 4);
		while (!unused.isEmpty()) {
			String next = fill(unused.remove(random.between(0, unused.size() - 1)));
			if (text.length() >= minLength && text.length() + next.length() + 2 > target) {
				break;
			}
			if (inParagraph == paragraphLength) {
				text.append("\n\n");
				inParagraph = 0;
				paragraphLength = random.between(2, 4);
			}
			else if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(next);
			inParagraph++;
		}
		return text.toString();
	}

	String fill(String template) {
		return template.replace("{sys}", subject.name())
			.replace("{SysGen}", capitalised(subject.genitive()))
			.replace("{sysGen}", subject.genitive())
			.replace("{unit}", unit)
			.replace("{oldYear}", Integer.toString(random.between(2004, 2016)))
			.replace("{year}", Integer.toString(year))
			.replace("{month}", Integer.toString(random.between(1, 12)))
			.replace("{n}", Integer.toString(random.between(12, 2400)))
			.replace("{k}", euros(random.euros(5_000, 120_000).longValue()));
	}

	/** A sum as Finns write it, thousands apart: 15 000. */
	private static String euros(long amount) {
		return String.format(Locale.ROOT, "%,d", amount).replace(',', ' ');
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
