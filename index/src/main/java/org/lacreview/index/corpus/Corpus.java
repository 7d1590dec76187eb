package org.lacreview.index.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A loaded corpus: everything the bot knows and says. Immutable. */
public record Corpus(CorpusInfo info, Map<String, LanguagePack> languages, Messages messages, TelegramTexts telegram,
		List<Section> sections, List<EntityFamily> families, List<Intent> intents) {

	public Corpus {
		// In the corpus's order, default first, and the same on every run: whatever reads
		// the languages in turn (a word borrowed from the first that knows it) must not
		// depend on Map.copyOf's iteration order, which changes from one JVM to the next.
		languages = inOrder(info.languages(), languages);
		sections = ByName.of(sections, Section::id);
		families = List.copyOf(families);
		intents = ByName.of(intents, Intent::name);
	}

	private static Map<String, LanguagePack> inOrder(List<String> order, Map<String, LanguagePack> languages) {
		Map<String, LanguagePack> ordered = new LinkedHashMap<>();
		order.stream().filter(languages::containsKey).forEach(code -> ordered.put(code, languages.get(code)));
		new TreeMap<>(languages).forEach(ordered::putIfAbsent);
		return Collections.unmodifiableMap(ordered);
	}

	public Optional<Intent> intent(String name) {
		return ((ByName<Intent>) intents).named(name);
	}

	public Optional<Section> section(String id) {
		return ((ByName<Section>) sections).named(id);
	}

	public Optional<EntityFamily> family(String name) {
		return families.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	public Map<String, EntityFamily> familiesByName() {
		return families.stream().collect(Collectors.toMap(EntityFamily::name, Function.identity()));
	}

	/** This corpus answering with another threshold (calibration tries several). */
	public Corpus withThreshold(double threshold) {
		return new Corpus(info.withThreshold(threshold), languages, messages, telegram, sections, families, intents);
	}

	/** This corpus with other settings (calibration tries several). */
	public Corpus withInfo(CorpusInfo info) {
		return new Corpus(info, languages, messages, telegram, sections, families, intents);
	}

	/** This corpus with other intents (calibration holds some examples out). */
	public Corpus withIntents(List<Intent> intents) {
		return new Corpus(info, languages, messages, telegram, sections, families, intents);
	}

	public int exampleCount() {
		return intents.stream().mapToInt(i -> i.examples().size()).sum();
	}
}
