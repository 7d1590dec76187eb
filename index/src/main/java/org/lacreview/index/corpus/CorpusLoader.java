package org.lacreview.index.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * them.
 */
public final class CorpusLoader {

	private final CorpusFiles files;

	private final List<Problem> problems = new ArrayList<>();

	private CorpusLoader(Path root) {
		this.files = new CorpusFiles(root);
	}

	/**
	 * Loads and checks the references; throws {@link CorpusException} listing every
	 * error.
	 */
	public static Corpus load(Path root) {
		return loadWithWarnings(root).corpus();
	}

	/**
	 * Loads the corpus and returns the warnings (e.g. missing translations) beside it.
	 */
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
		CorpusInfo info = attempt(() -> InfoReader.read(files.requiredYaml("corpus.yml")));
		Map<String, LanguagePack> languages = new LinkedHashMap<>();
		Messages messages = attempt(() -> MessagesReader.read(files.requiredYaml("messages.yml"), info));
		TelegramTexts telegram = attempt(() -> TelegramReader.read(files.requiredYaml("telegram.yml")));
		List<Section> sections = new ArrayList<>();
		List<EntityFamily> families = new ArrayList<>();
		List<Intent> intents = new ArrayList<>();
		if (info != null) {
			for (String language : info.languages()) {
				LanguagePack pack = attempt(
						() -> LanguageReader.read(language, files.requiredYaml("languages/" + language + ".yml")));
				if (pack != null) {
					languages.put(language, pack);
				}
			}
		}
		for (Path file : files.files("sections", ".md")) {
			Section section = attempt(() -> SectionReader.read(files.relative(file), files.readText(file)));
			if (section != null) {
				sections.add(section);
			}
		}
		for (Path file : files.files("entities", ".yml")) {
			EntityFamily family = attempt(() -> EntityFamilyReader.read(files.yaml(file)));
			if (family != null) {
				families.add(family);
			}
		}
		for (Path file : files.files("intents", ".yml")) {
			List<Intent> read = attempt(() -> IntentsReader.read(files.yaml(file)));
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
