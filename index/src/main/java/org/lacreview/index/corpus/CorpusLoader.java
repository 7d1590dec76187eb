package org.lacreview.index.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


/**
 * Reads a corpus directory (layout in {@code corpus/README.md}) into a {@link Corpus}. Every error names its
 * file and line; the loader collects as many as it can before giving up so staff can fix them in one go.
 */
public final class CorpusLoader {

	/** Characters in one section's text; a section is a part of the document shown as a source, ≈ 1 KB. */
	static final int MAX_SECTION = 20_000;

	private final Path root;

	private final List<Problem> problems = new ArrayList<>();

	private CorpusLoader(Path root) {
		this.root = root;
	}

	/** Loads and checks the references; throws {@link CorpusException} listing every error. */
	public static Corpus load(Path root) {
		return loadWithWarnings(root).corpus();
	}

	/** Loads the corpus and returns the warnings (e.g. missing translations) beside it. */
	public static Loaded loadWithWarnings(Path root) {
		if (!Files.isDirectory(root)) {
			throw new CorpusException(new Location(root.toString(), 0), "corpus directory not found");
		}
		CorpusLoader loader = new CorpusLoader(root);
		Corpus corpus = loader.read();
		List<Problem> all = new ArrayList<>(loader.problems);
		all.addAll(CorpusValidator.validate(corpus));
		List<Problem> errors = all.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new CorpusException(errors);
		}
		return new Loaded(corpus, all);
	}

	/** A corpus that loaded, with the warnings found on the way. */
	public record Loaded(Corpus corpus, List<Problem> warnings) {
	}

	private Corpus read() {
		CorpusInfo info = attempt(this::readInfo);
		Map<String, LanguagePack> languages = new LinkedHashMap<>();
		Messages messages = attempt(() -> readMessages(info));
		TelegramTexts telegram = attempt(this::readTelegram);
		List<Section> sections = new ArrayList<>();
		List<EntityFamily> families = new ArrayList<>();
		List<Intent> intents = new ArrayList<>();
		if (info != null) {
			for (String language : info.languages()) {
				LanguagePack pack = attempt(() -> readLanguage(language));
				if (pack != null) {
					languages.put(language, pack);
				}
			}
		}
		for (Path file : files("sections", ".md")) {
			Section section = attempt(() -> readSection(file));
			if (section != null) {
				sections.add(section);
			}
		}
		for (Path file : files("entities", ".yml")) {
			EntityFamily family = attempt(() -> readFamily(file));
			if (family != null) {
				families.add(family);
			}
		}
		for (Path file : files("intents", ".yml")) {
			List<Intent> read = attempt(() -> readIntents(file));
			if (read != null) {
				intents.addAll(read);
			}
		}
		List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new CorpusException(errors);
		}
		return new Corpus(info, languages, messages, telegram, sections, families, intents);
	}

	private <T> T attempt(java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (CorpusException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

	private List<Path> files(String folder, String suffix) {
		Path dir = root.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> stream = Files.list(dir)) {
			return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new CorpusException(new Location(relative(dir), 0), "cannot list the folder: " + ex.getMessage());
		}
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** Reads a file as strict UTF-8: a wrong byte is an error with its line, never a silent '�'. */
	String readText(Path file) {
		String name = relative(file);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new CorpusException(new Location(name, 0), "cannot read the file: " + ex.getMessage());
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new CorpusException(new Location(name, lineOfFirstBadByte(bytes)), "the file is not valid UTF-8");
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

	private YamlNode yaml(Path file) {
		String name = relative(file);
		YamlNode node = CorpusYaml.compose(name, readText(file), "");
		if (node == null) {
			throw new CorpusException(new Location(name, 1), "the file is empty");
		}
		return node;
	}

	private YamlNode requiredYaml(String name) {
		Path file = root.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new CorpusException(new Location(name, 0), "file missing");
		}
		return yaml(file);
	}

	private CorpusInfo readInfo() {
		YamlNode doc = requiredYaml("corpus.yml");
		YamlNode document = doc.require("document");
		Map<String, List<String>> fallback = new LinkedHashMap<>();
		doc.get("language_fallback").ifPresent(n -> n.entries().forEach((k, v) -> fallback.put(k, v.texts())));
		YamlNode threshold = doc.require("threshold");
		Map<String, YamlNode> numbers = new LinkedHashMap<>();
		numbers.put("threshold", threshold);
		doc.get("coverage_weight").ifPresent(n -> numbers.put("coverage_weight", n));
		Map<String, Double> values = new LinkedHashMap<>();
		numbers.forEach((key, node) -> values.put(key, number(node, key)));
		try {
			return new CorpusInfo(doc.require("title").text(), document.require("title").text(),
					webUrl(document.require("url")), doc.require("languages").texts(), fallback, values.get("threshold"),
					values.getOrDefault("coverage_weight", CorpusInfo.DEFAULT_COVERAGE_WEIGHT));
		}
		catch (IllegalArgumentException ex) {
			// The message starts with the key whose value is out of range: the error points at its line.
			throw numbers.entrySet().stream().filter(e -> ex.getMessage().startsWith(e.getKey())).map(Map.Entry::getValue)
				.findFirst().orElse(threshold).error(ex.getMessage());
		}
	}

	private static double number(YamlNode node, String key) {
		try {
			return Double.parseDouble(node.text());
		}
		catch (NumberFormatException ex) {
			throw node.error(key + " must be a number, not '" + node.text() + "'");
		}
	}

	/** @param info the corpus's settings, to check every language has its sentences; null when they failed */
	private Messages readMessages(CorpusInfo info) {
		YamlNode doc = requiredYaml("messages.yml");
		YamlNode spoken = doc.require("languages_spoken");
		Localized languagesSpoken = spoken.localized();
		if (info != null) {
			info.languages().stream().filter(l -> !languagesSpoken.has(l)).findFirst().ifPresent(l -> {
				throw spoken.error("languages_spoken has no text in '" + l + "'");
			});
		}
		return new Messages(doc.require("fallback").localized(), doc.require("unknown_value").localized(),
				doc.get("source_label").map(YamlNode::localized).orElse(Localized.NONE),
				doc.get("default_suggestions").map(YamlNode::texts).orElse(List.of()), languagesSpoken,
				doc.get("fallback_suggestions").map(YamlNode::localized).orElse(Localized.NONE));
	}

	private TelegramTexts readTelegram() {
		YamlNode doc = requiredYaml("telegram.yml");
		Map<String, String> languageNames = new LinkedHashMap<>();
		doc.get("language_names").ifPresent(n -> n.entries().forEach((code, name) -> languageNames.put(code, name.text())));
		List<ChatCommand> commands = new ArrayList<>();
		for (YamlNode item : doc.require("commands").items()) {
			Map<String, String> names = new LinkedHashMap<>();
			item.require("names").entries().forEach((language, name) -> names.put(language, name.text().strip()));
			try {
				commands.add(new ChatCommand(names, item.require("description").localized(), item.optionalText("intent"),
						item.optionalText("action"), item.location()));
			}
			catch (IllegalArgumentException ex) {
				throw item.error(ex.getMessage());
			}
		}
		return new TelegramTexts(doc.require("welcome").localized(), doc.require("help").localized(),
				doc.require("text_only").localized(), doc.require("choose_language").localized(),
				doc.require("language_chosen").localized(), languageNames,
				doc.get("welcome_suggestions").map(YamlNode::texts).orElse(List.of()), commands, doc.location());
	}

	private LanguagePack readLanguage(String code) {
		YamlNode doc = requiredYaml("languages/" + code + ".yml");
		List<List<String>> synonyms = new ArrayList<>();
		doc.get("synonyms").ifPresent(n -> n.items().forEach(line -> {
			List<String> words = line.isScalar() ? splitCommas(line.text()) : line.texts();
			if (words.size() < 2) {
				throw line.error("a synonym line needs at least two words or phrases separated by commas");
			}
			synonyms.add(words);
		}));
		Map<String, Integer> ordinals = new LinkedHashMap<>();
		doc.get("ordinals").ifPresent(n -> n.entries().forEach((word, position) -> {
			try {
				ordinals.put(word, Integer.parseInt(position.text()));
			}
			catch (NumberFormatException ex) {
				throw position.error("an ordinal's position must be a whole number (-1 for last): " + position.text());
			}
		}));
		List<String> months = doc.get("months").map(YamlNode::texts).orElse(List.of());
		if (!months.isEmpty() && months.size() != 12) {
			throw doc.require("months").error("months must list 12 names, January first; found " + months.size());
		}
		return new LanguagePack(code, new java.util.HashSet<>(lower(doc.get("stopwords").map(YamlNode::texts).orElse(List.of()))),
				synonyms, lower(months), ordinals, lower(doc.get("followup").map(YamlNode::texts).orElse(List.of())),
				lower(doc.get("anaphora").map(YamlNode::texts).orElse(List.of())),
				lower(doc.get("name_intro").map(YamlNode::texts).orElse(List.of())), Phrasing.read(doc),
				doc.get("dates").map(DateWordsReader::read).orElse(LanguagePack.DateWords.NONE),
				lower(doc.get("number_signs").map(YamlNode::texts).orElse(List.of())));
	}

	private static List<String> lower(List<String> words) {
		return words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).filter(w -> !w.isEmpty()).toList();
	}

	private static List<String> splitCommas(String line) {
		return Stream.of(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private Section readSection(Path file) {
		String name = relative(file);
		String text = readText(file).replace("\r\n", "\n");
		if (!text.startsWith("---\n")) {
			throw new CorpusException(new Location(name, 1), "a section starts with a '---' header giving its id and title");
		}
		int end = text.indexOf("\n---", 4);
		if (end < 0) {
			throw new CorpusException(new Location(name, 1), "the '---' header is not closed by a second '---' line");
		}
		String header = text.substring(4, end);
		// The leading newline keeps the header's line numbers those of the file.
		YamlNode head = CorpusYaml.compose(name, "\n" + header, " in the header");
		if (head == null) {
			throw new CorpusException(new Location(name, 1), "the header is empty: give 'id:' and 'title:'");
		}
		String body = text.substring(text.indexOf('\n', end + 1) + 1).strip();
		if (body.isEmpty()) {
			throw new CorpusException(new Location(name, 1), "the section has no text");
		}
		if (body.length() > MAX_SECTION) {
			int firstLine = (int) text.substring(0, text.indexOf('\n', end + 1) + 1).chars().filter(c -> c == '\n').count() + 1;
			throw new CorpusException(new Location(name, firstLine), "a section's text is at most " + MAX_SECTION
					+ " characters; this one has " + body.length() + ": split it into several sections");
		}
		return new Section(head.require("id").text(), head.require("title").text(),
				head.get("url").map(CorpusLoader::webUrl).orElse(null), body, new Location(name, 1));
	}

	private EntityFamily readFamily(Path file) {
		YamlNode doc = yaml(file);
		String family = doc.require("entity").text();
		List<EntityValue> values = new ArrayList<>();
		for (YamlNode item : doc.require("values").items()) {
			values.add(readValue(family, item));
		}
		return new EntityFamily(family, values, lower(doc.get("number_words").map(YamlNode::texts).orElse(List.of())),
				lower(doc.get("order_words").map(YamlNode::texts).orElse(List.of())), doc.location());
	}

	private static final List<String> VALUE_KEYS = List.of("id", "label", "names", "in_document", "date", "from", "to",
			"order", "number");

	private EntityValue readValue(String family, YamlNode item) {
		Map<String, YamlNode> entries = item.entries();
		String id = item.require("id").text();
		Map<String, List<String>> names = new LinkedHashMap<>();
		item.get("names").ifPresent(n -> {
			if (n.isMapping()) {
				n.entries().forEach((language, list) -> names.put(language, list.texts()));
			}
			else {
				names.put("*", n.texts());
			}
		});
		Localized label = item.get("label").map(YamlNode::localized).orElse(Localized.NONE);
		if (label.isEmpty() && names.isEmpty()) {
			throw item.error("the value '" + id + "' needs a 'label:' or 'names:'");
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		entries.forEach((key, node) -> {
			if (!VALUE_KEYS.contains(key)) {
				attributes.put(key, attribute(node));
			}
		});
		boolean inDocument = item.get("in_document").map(n -> bool(n)).orElse(true);
		return new EntityValue(family, id, label, names, inDocument, attributes, dateSpan(item), integer(item, "order"),
				integer(item, "number"), item.location());
	}

	/**
	 * A link shown to users (a source's address): only absolute http(s) addresses with a host, so that a
	 * {@code javascript:} or {@code data:} link never reaches a chat as something to click.
	 */
	private static String webUrl(YamlNode node) {
		String url = node.text().strip();
		try {
			java.net.URI uri = new java.net.URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return url;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below with the line
		}
		throw node.error("a link must be an http:// or https:// address with a host: "
				+ (url.length() > 200 ? url.substring(0, 200) + "…" : url));
	}

	/** YAML's own spellings of a yes/no value (true/false, yes/no, on/off), as SnakeYAML resolves them. */
	static boolean bool(YamlNode node) {
		if (new org.yaml.snakeyaml.Yaml().load(node.text()) instanceof Boolean value) {
			return value;
		}
		throw node.error("expected true or false: " + node.text());
	}
	private static Optional<Integer> integer(YamlNode item, String key) {
		return item.get(key).map(n -> {
			try {
				return Integer.parseInt(n.text());
			}
			catch (NumberFormatException ex) {
				throw n.error("'" + key + "' must be a whole number: " + n.text());
			}
		});
	}

	private static Object attribute(YamlNode node) {
		if (node.isMapping()) {
			return node.localized();
		}
		if (node.isSequence()) {
			return String.join(", ", node.texts());
		}
		String text = node.text();
		if (text.matches("-?\\d+")) {
			return Long.parseLong(text);
		}
		if (text.matches("-?\\d+\\.\\d+")) {
			return Double.parseDouble(text);
		}
		return text;
	}

	private static Optional<DateSpan> dateSpan(YamlNode item) {
		Optional<YamlNode> date = item.get("date");
		Optional<YamlNode> from = item.get("from");
		Optional<YamlNode> to = item.get("to");
		if (date.isPresent()) {
			return Optional.of(span(date.get()));
		}
		if (from.isPresent() != to.isPresent()) {
			throw item.error("give both 'from:' and 'to:', or 'date:'");
		}
		if (from.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new DateSpan(span(from.get()).from(), span(to.get()).to()));
		}
		catch (IllegalArgumentException ex) {
			throw item.error(ex.getMessage());
		}
	}

	/** "2030-05-02" is one day, "2029-10" the whole month, "2031" the whole year. */
	private static DateSpan span(YamlNode node) {
		String text = node.text().strip();
		try {
			if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
				LocalDate day = LocalDate.parse(text);
				return new DateSpan(day, day);
			}
			if (text.matches("\\d{4}-\\d{1,2}")) {
				YearMonth month = YearMonth.parse(text.length() == 6 ? text.replace("-", "-0") : text);
				return new DateSpan(month.atDay(1), month.atEndOfMonth());
			}
			if (text.matches("\\d{4}")) {
				int year = Integer.parseInt(text);
				return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
		}
		catch (DateTimeParseException ex) {
			// reported below with the line
		}
		throw node.error("expected a date like 2030-05-02, 2029-10 or 2031: " + text);
	}

	private List<Intent> readIntents(Path file) {
		YamlNode doc = yaml(file);
		List<Intent> intents = new ArrayList<>();
		for (YamlNode item : doc.items()) {
			String name = item.require("intent").text();
			List<Example> examples = new ArrayList<>();
			item.get("examples").ifPresent(n -> n.entries().forEach((language, block) -> block.lines()
				.forEach(line -> examples.add(new Example(name, language, line.text(), line.location())))));
			intents.add(new Intent(name, item.optionalText("slot"),
					item.get("sections").map(YamlNode::texts).orElse(List.of()), examples,
					item.get("answer").map(YamlNode::localized).orElse(Localized.NONE),
					item.get("answer_all").map(YamlNode::localized).orElse(Localized.NONE),
					item.get("suggest").map(YamlNode::texts).orElse(List.of()),
					item.get("unanswerable").map(CorpusLoader::bool).orElse(false), item.location()));
		}
		return intents;
	}
}
