package fi.ohjaamo;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.ohjaamo.organisation.OrganisationKind;
import fi.ohjaamo.portfolio.web.EnumLabels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Finnish, Swedish and English message bundles stay complete and consistent, every message key the
 * templates and the code rely on exists, and the templates show no text that bypasses the bundles.
 */
class MessageBundleTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path SOURCES = Path.of("src/main/java/fi/ohjaamo");

	/** The default (Finnish) bundle first: the others are compared with it. */
	private static final Map<String, Locale> BUNDLES = bundles();

	private static final String DEFAULT_BUNDLE = "messages.properties";

	/**
	 * Enums of {@code fi.ohjaamo.portfolio} that are never shown as labels and so need no message keys:
	 * PortfolioSort only maps the sort parameter of the URL to SQL; its column headings are the
	 * {@code portfolio.table.*} messages.
	 */
	private static final Set<String> UNLABELLED_ENUMS = Set.of("fi.ohjaamo.portfolio.PortfolioSort");

	/** {@code action() { return "project.created"; }}, on one line or several. */
	private static final Pattern AUDIT_ACTION = Pattern
		.compile("\\baction\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"\\s*;\\s*}");

	/** A message key in a fragment argument, such as {@code ~{fields :: text('title', 'portfolio.project.title', …)}}. */
	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)'");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	private static Map<String, Locale> bundles() {
		var bundles = new LinkedHashMap<String, Locale>();
		bundles.put(DEFAULT_BUNDLE, Locale.of("fi"));
		bundles.put("messages_sv.properties", Locale.of("sv"));
		bundles.put("messages_en.properties", Locale.ENGLISH);
		return bundles;
	}

	// (a)

	@Test
	void allBundlesHaveExactlyTheSameKeys() throws IOException {
		Set<String> reference = load(DEFAULT_BUNDLE).keySet();
		var problems = new ArrayList<String>();
		for (String bundle : BUNDLES.keySet()) {
			if (bundle.equals(DEFAULT_BUNDLE)) {
				continue;
			}
			Set<String> keys = load(bundle).keySet();
			var missing = new LinkedHashSet<>(reference);
			missing.removeAll(keys);
			var extra = new LinkedHashSet<>(keys);
			extra.removeAll(reference);
			if (!missing.isEmpty()) {
				problems.add(bundle + " is missing " + missing.size() + " key(s): " + String.join(", ", missing));
			}
			if (!extra.isEmpty()) {
				problems.add(bundle + " has " + extra.size() + " key(s) that " + DEFAULT_BUNDLE + " does not: "
						+ String.join(", ", extra));
			}
		}
		failIfAny("The bundles' keys differ", problems);
	}

	// (b)

	@Test
	void noMessageIsEmpty() throws IOException {
		var problems = new ArrayList<String>();
		for (String bundle : BUNDLES.keySet()) {
			load(bundle).forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(bundle + ": " + key);
				}
			});
		}
		failIfAny("Empty messages", problems);
	}

	// (c)

	@Test
	void messagesHaveTheSameArgumentsInEveryBundle() throws IOException {
		var bundles = new LinkedHashMap<String, Map<String, String>>();
		for (String bundle : BUNDLES.keySet()) {
			bundles.put(bundle, load(bundle));
		}
		var problems = new ArrayList<String>();
		bundles.get(DEFAULT_BUNDLE).forEach((key, value) -> {
			SortedSet<Integer> expected = argumentIndexes(value);
			bundles.forEach((bundle, messages) -> {
				String translated = messages.get(key);
				if (translated != null && !argumentIndexes(translated).equals(expected)) {
					problems.add(key + ": " + DEFAULT_BUNDLE + " has arguments " + expected + ", " + bundle + " has "
							+ argumentIndexes(translated));
				}
			});
		});
		failIfAny("Arguments differ between the bundles", problems);
	}

	@Test
	void messagesWithArgumentsAreValidMessageFormatPatterns() throws IOException {
		var problems = new ArrayList<String>();
		for (var bundle : BUNDLES.entrySet()) {
			load(bundle.getKey()).forEach((key, value) -> {
				String where = bundle.getKey() + ": " + key + "=" + value;
				if (isFormatted(key, value)) {
					try {
						new MessageFormat(value, bundle.getValue());
					}
					catch (IllegalArgumentException ex) {
						problems.add(where + " (" + ex.getMessage() + ")");
						return;
					}
					if (hasSingleApostrophe(value)) {
						problems.add(where + " (a single ' starts a quoted part that MessageFormat does not show; write '')");
					}
				}
				else if (value.contains("''")) {
					problems.add(where + " (a message without arguments is shown as written; write ' once)");
				}
			});
		}
		failIfAny("Messages that MessageFormat would break", problems);
	}

	// (d)

	@Test
	void everyMessageKeyTheTemplatesUseExists() throws IOException {
		Set<String> keys = load(DEFAULT_BUNDLE).keySet();
		var namespaces = new TreeSet<String>();
		keys.stream().filter(k -> k.contains(".")).forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
		var problems = new ArrayList<String>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			for (String key : literalMessageKeys(html)) {
				if (!keys.contains(key)) {
					problems.add(name(template) + ": #{" + key + "}");
				}
			}
			for (Element element : Jsoup.parse(html, "", Parser.htmlParser()).getAllElements()) {
				for (String attribute : List.of("th:replace", "th:insert")) {
					Matcher quoted = QUOTED_KEY.matcher(element.attr(attribute));
					while (quoted.find()) {
						String key = quoted.group(1);
						if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !keys.contains(key)) {
							problems.add(name(template) + ": '" + key + "' in " + attribute);
						}
					}
				}
			}
		}
		failIfAny("Message keys used in templates but missing from " + DEFAULT_BUNDLE, problems);
	}

	@Test
	void everyEnumLabelExists() throws Exception {
		Set<String> keys = load(DEFAULT_BUNDLE).keySet();
		var problems = new ArrayList<String>();
		List<Class<?>> enums = enumsIn("fi.ohjaamo.portfolio");
		if (enums.isEmpty()) {
			fail("Found no enums in fi.ohjaamo.portfolio: is the package scan broken?");
		}
		for (Class<?> type : enums) {
			for (Object constant : type.getEnumConstants()) {
				String key = EnumLabels.key((Enum<?>) constant);
				if (!keys.contains(key)) {
					problems.add(key);
				}
			}
		}
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (!keys.contains("organisation.kind." + kind.name())) {
				problems.add("organisation.kind." + kind.name());
			}
		}
		failIfAny("Enum labels missing from " + DEFAULT_BUNDLE, problems);
	}

	@Test
	void everyAuditActionHasALabel() throws IOException {
		Set<String> keys = load(DEFAULT_BUNDLE).keySet();
		var problems = new ArrayList<String>();
		var found = 0;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				Matcher action = AUDIT_ACTION.matcher(Files.readString(source, StandardCharsets.UTF_8));
				while (action.find()) {
					found++;
					String key = "audit.action." + action.group(1);
					if (!keys.contains(key)) {
						problems.add(key + " (" + SOURCES.relativize(source) + ")");
					}
				}
			}
		}
		if (found == 0) {
			fail("Found no audit actions under " + SOURCES + ": is the source scan broken?");
		}
		failIfAny("Audit actions without a label in " + DEFAULT_BUNDLE, problems);
	}

	// (e)

	@Test
	void templatesShowNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "",
					Parser.htmlParser().setTrackPosition(true));
			literalText(document, name(template), problems);
		}
		failIfAny("Templates show text that is not from the message bundles", problems);
	}

	private static void literalText(Node node, String template, List<String> problems) {
		if (node instanceof Comment) {
			return;
		}
		if (node instanceof TextNode text) {
			if (hasLetter(text.text()) && !hiddenByAncestor(text)) {
				problems.add(template + ":" + line(text) + ": " + shorten(text.text()));
			}
			return;
		}
		if (node instanceof Element element) {
			String tag = element.normalName();
			if (tag.equals("script") || tag.equals("style")) {
				return;
			}
			if (!replacedEntirely(element) && !hiddenByAncestor(element)) {
				for (var attribute : element.attributes()) {
					String name = attribute.getKey();
					boolean shown = TEXT_ATTRIBUTES.contains(name) || (name.equals("value") && tag.equals("input")
							&& Set.of("submit", "button", "reset").contains(element.attr("type").toLowerCase(Locale.ROOT)));
					if (shown && hasLetter(attribute.getValue()) && !element.hasAttr("th:" + name)) {
						problems.add(template + ":" + line(element) + ": " + name + "=\"" + shorten(attribute.getValue()) + "\"");
					}
				}
			}
		}
		for (Node child : node.childNodes()) {
			literalText(child, template, problems);
		}
	}

	/** An element whose body Thymeleaf replaces or drops, so what is written inside it is never shown. */
	private static boolean hidesBody(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext")
				|| replaces(element, "th:replace") || replaces(element, "th:insert")
				|| Set.of("all", "body").contains(element.attr("th:remove").strip())
				|| (element.normalName().equals("textarea") && element.hasAttr("th:field"));
	}

	/** An element that is itself replaced, so its own attributes are never shown either. */
	private static boolean replacedEntirely(Element element) {
		return replaces(element, "th:replace") || element.attr("th:remove").strip().equals("all");
	}

	/**
	 * A th:replace or th:insert drops the body it is written on, unless it passes parts of this very
	 * template on (a layout: {@code ~{layout :: page(~{::title}, ~{::section})}}), which are then shown.
	 */
	private static boolean replaces(Element element, String attribute) {
		if (!element.hasAttr(attribute)) {
			return false;
		}
		String expression = element.attr(attribute).replaceAll("\\s+", "");
		return !expression.contains("~{::") && !expression.contains("~{this::");
	}

	private static boolean hiddenByAncestor(Node node) {
		for (Element ancestor = node.parent() instanceof Element e ? e : null; ancestor != null; ancestor = ancestor.parent()) {
			if (hidesBody(ancestor)) {
				return true;
			}
		}
		return false;
	}

	// Helpers

	/**
	 * A language's bundle as written, in file order: the file of that language of every basename that
	 * {@code spring.messages.basename} lists, merged. A key defined in two of them is a mistake.
	 */
	private static Map<String, String> load(String bundle) throws IOException {
		String suffix = bundle.replaceFirst("^messages", "").replaceFirst("\\.properties$", "");
		var messages = new LinkedHashMap<String, String>();
		for (String basename : basenames()) {
			loadFile(basename + suffix + ".properties").forEach((key, value) -> {
				if (messages.putIfAbsent(key, value) != null) {
					throw new AssertionError(key + " is defined twice: again in " + basename + suffix + ".properties");
				}
			});
		}
		return messages;
	}

	/** The basenames Spring Boot reads, from the application's own configuration. */
	private static List<String> basenames() throws IOException {
		var configuration = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
			configuration.load(reader);
		}
		return Stream.of(configuration.getProperty("spring.messages.basename", "messages").split(","))
			.map(String::strip)
			.toList();
	}

	private static Map<String, String> loadFile(String file) throws IOException {
		var messages = new LinkedHashMap<String, String>();
		var properties = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				messages.put((String) key, (String) value);
				return super.put(key, value);
			}
		};
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return messages;
	}

	/**
	 * Spring passes arguments, and so applies MessageFormat, to messages with placeholders and to every
	 * Bean Validation and binding message (their first argument is the field), placeholders or not.
	 */
	private static boolean isFormatted(String key, String value) {
		return !argumentIndexes(value).isEmpty() || Character.isUpperCase(key.charAt(0))
				|| key.equals("typeMismatch") || key.startsWith("typeMismatch.");
	}

	/** The argument indexes of a MessageFormat pattern, including those inside choice formats. */
	static SortedSet<Integer> argumentIndexes(String pattern) {
		var indexes = new TreeSet<Integer>();
		boolean quoted = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\'') {
				if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == '{' && !quoted) {
				int j = i + 1;
				while (j < pattern.length() && Character.isWhitespace(pattern.charAt(j))) {
					j++;
				}
				int start = j;
				while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
					j++;
				}
				if (j > start) {
					indexes.add(Integer.parseInt(pattern.substring(start, j)));
				}
			}
		}
		return indexes;
	}

	private static boolean hasSingleApostrophe(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '\'') {
				if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
					i++;
				}
				else {
					return true;
				}
			}
		}
		return false;
	}

	/** The keys of {@code #{key}} and {@code #{key(…)}}; keys built with {@code +} or {@code ${…}} are skipped. */
	static Set<String> literalMessageKeys(String html) {
		var keys = new LinkedHashSet<String>();
		for (int at = html.indexOf("#{"); at >= 0; at = html.indexOf("#{", at + 2)) {
			int end = at + 2;
			while (end < html.length() && isKeyChar(html.charAt(end))) {
				end++;
			}
			if (end > at + 2 && end < html.length() && (html.charAt(end) == '}' || html.charAt(end) == '(')) {
				keys.add(html.substring(at + 2, end));
			}
		}
		return keys;
	}

	private static boolean isKeyChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
	}

	private static List<Class<?>> enumsIn(String packageName) throws IOException, URISyntaxException {
		var loader = MessageBundleTests.class.getClassLoader();
		var enums = new ArrayList<Class<?>>();
		var directories = loader.getResources(packageName.replace('.', '/'));
		while (directories.hasMoreElements()) {
			var url = directories.nextElement();
			if (!url.getProtocol().equals("file")) {
				continue;
			}
			try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
				for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
					String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
					String className = packageName + "." + simple;
					try {
						Class<?> type = Class.forName(className, false, loader);
						if (type.isEnum() && !UNLABELLED_ENUMS.contains(type.getName())) {
							enums.add(type);
						}
					}
					catch (ClassNotFoundException | LinkageError ex) {
						// A class of the test classpath's other copy of the package; not an enum of ours.
					}
				}
			}
		}
		return enums;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
			if (templates.isEmpty()) {
				fail("Found no templates under " + TEMPLATES);
			}
			return templates;
		}
	}

	private static String name(Path template) {
		return TEMPLATES.relativize(template).toString().replace('\\', '/');
	}

	private static int line(Node node) {
		for (Node n = node; n != null; n = n.parent()) {
			if (n.sourceRange().isTracked()) {
				return n.sourceRange().start().lineNumber();
			}
		}
		return 0;
	}

	private static boolean hasLetter(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static String shorten(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
	}

	private static void failIfAny(String title, List<String> problems) {
		if (!problems.isEmpty()) {
			fail(title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
		}
	}

}
