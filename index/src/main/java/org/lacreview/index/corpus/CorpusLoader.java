package org.lacreview.index.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a corpus directory (layout in {@code corpus/README.md}) into a {@link Corpus}.
 * Every error names its file and line; the loader collects as many as it can before
 * giving up so staff can fix them in one go. Each kind of file has its reader:
 * {@link InfoReader} ({@code corpus.yml}), {@link MessagesReader} ({@code messages.yml}),
 * {@link TelegramReader} ({@code telegram.yml}), {@link LanguageReader}
 * ({@code languages/xx.yml}), {@link SectionReader} ({@code sections/*.md}),
 * {@link EntityFamilyReader} ({@code entities/*.yml}) and {@link IntentsReader}
 * ({@code intents/*.yml}); {@link CorpusValidator} then checks the references between
 * them. A key no reader reads (a misspelt {@code sugest:}, a language the corpus does not
 * have) is a warning naming its file and line ({@link KeyReads}), an error when loaded
 * strictly.
 */
public final class CorpusLoader {

	private final CorpusFiles files;

	private final boolean strict;

	private final List<Problem> problems = new ArrayList<>();

	/** Keys no reader read, as warnings ({@link KeyReads}); errors when strict. */
	private final List<Problem> unknownKeys = new ArrayList<>();

	/**
	 * The corpus's languages once {@code corpus.yml} is read: what the keys of a text per
	 * language must be.
	 */
	private List<String> languages = List.of();

	private CorpusLoader(Path root, boolean strict) {
		this.files = new CorpusFiles(root);
		this.strict = strict;
	}

	/**
	 * Loads and checks the references; throws {@link CorpusException} listing every
	 * error.
	 */
	public static Corpus load(Path root) {
		return loadWithWarnings(root).corpus();
	}

	/**
	 * Loads the corpus and returns the warnings beside it: missing translations, and keys
	 * the loader does not read ({@code sugest:}), each with file and line.
	 * @throws CorpusException listing every error with file and line
	 */
	public static Loaded loadWithWarnings(Path root) {
		return load(root, false);
	}

	/**
	 * As {@link #loadWithWarnings}, but a key the loader does not read is an error, not a
	 * warning: what the publish gate and {@code validate --strict} check, so that text
	 * the bot would never say is not published. Other warnings stay warnings.
	 * @throws CorpusException listing every error, unknown keys included
	 */
	public static Loaded loadStrict(Path root) {
		return load(root, true);
	}

	private static Loaded load(Path root, boolean strict) {
		if (!Files.isDirectory(root)) {
			throw new CorpusException(new Location(root.toString(), 0), "corpus directory not found");
		}
		CorpusLoader loader = new CorpusLoader(root, strict);
		Corpus corpus = loader.read();
		List<Problem> all = new ArrayList<>(loader.problems);
		all.addAll(loader.unknownKeys);
		all.addAll(CorpusValidator.validate(corpus));
		List<Problem> errors = errors(all);
		if (!errors.isEmpty()) {
			throw new CorpusException(errors);
		}
		return new Loaded(corpus, all);
	}

	/** A corpus that loaded, with the warnings found on the way. */
	public record Loaded(Corpus corpus, List<Problem> warnings) {
	}

	private Corpus read() {
		CorpusInfo info = yaml(() -> files.requiredYaml("corpus.yml"), doc -> {
			CorpusInfo read = InfoReader.read(doc);
			languages = read.languages();
			return read;
		});
		Map<String, LanguagePack> languagePacks = new LinkedHashMap<>();
		Messages messages = yaml(() -> files.requiredYaml("messages.yml"), doc -> MessagesReader.read(doc, info));
		TelegramTexts telegram = yaml(() -> files.requiredYaml("telegram.yml"), TelegramReader::read);
		List<Section> sections = new ArrayList<>();
		List<EntityFamily> families = new ArrayList<>();
		List<Intent> intents = new ArrayList<>();
		if (info != null) {
			for (String language : info.languages()) {
				LanguagePack pack = yaml(() -> files.requiredYaml("languages/" + language + ".yml"),
						doc -> LanguageReader.read(language, doc));
				if (pack != null) {
					languagePacks.put(language, pack);
				}
			}
		}
		for (Path file : files.files("sections", ".md")) {
			Section section = attempt(
					() -> SectionReader.read(files.relative(file), files.readText(file), this::checkKeys));
			if (section != null) {
				sections.add(section);
			}
		}
		for (Path file : files.files("entities", ".yml")) {
			EntityFamily family = yaml(() -> files.yaml(file), EntityFamilyReader::read);
			if (family != null) {
				families.add(family);
			}
		}
		for (Path file : files.files("intents", ".yml")) {
			List<Intent> read = yaml(() -> files.yaml(file), IntentsReader::read);
			if (read != null) {
				intents.addAll(read);
			}
		}
		List<Problem> errors = errors(problems);
		if (!errors.isEmpty()) {
			List<Problem> all = new ArrayList<>(errors);
			all.addAll(errors(unknownKeys));
			throw new CorpusException(all);
		}
		return new Corpus(info, languagePacks, messages, telegram, sections, families, intents);
	}

	/**
	 * Reads one YAML file with {@code reader}, then notes the keys it did not read; null
	 * when it failed.
	 */
	private <T> T yaml(Supplier<YamlNode> file, Function<YamlNode, T> reader) {
		return attempt(() -> {
			YamlNode doc = file.get();
			T read = reader.apply(doc);
			checkKeys(doc);
			return read;
		});
	}

	private void checkKeys(YamlNode doc) {
		doc.unknownKeys(languages).forEach(p -> unknownKeys.add(strict ? p.asError() : p));
	}

	private static List<Problem> errors(List<Problem> problems) {
		return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
	}

	/**
	 * The step's result, or null when it failed: its problems are kept and loading goes
	 * on.
	 */
	private <T> T attempt(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (CorpusException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

}
