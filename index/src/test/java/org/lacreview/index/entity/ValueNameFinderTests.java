package org.lacreview.index.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;

/**
 * {@link ValueNameFinder} finds, family by family, exactly the spans OpenNLP's
 * {@link DictionaryNameFinder} finds with one dictionary of stemmed names per family:
 * over every example of the bundled corpus and over texts of names and words drawn at
 * random, where names overlap and run into one another.
 */
class ValueNameFinderTests {

	private static final Corpus CORPUS = CorpusLoader.load(TestCorpora.BUNDLED);

	/** What the finder found, as "family start-end" in the text, in order. */
	private static List<String> found(ValueNameFinder finder, String folded) {
		return finder.names(folded).stream().map(m -> m.tag() + " " + m.start() + "-" + m.end()).toList();
	}

	/** What one OpenNLP dictionary finder per family finds, in the corpus's order. */
	private static List<String> reference(ValueNameFinder finder, Map<String, DictionaryNameFinder> finders,
			String folded) {
		List<ValueNameFinder.Token> tokens = finder.contentStems(folded);
		String[] stems = tokens.stream().map(ValueNameFinder.Token::stem).toArray(String[]::new);
		List<String> spans = new ArrayList<>();
		finders.forEach((family, dictionaryFinder) -> {
			for (Span span : dictionaryFinder.find(stems)) {
				spans.add(
						family + " " + tokens.get(span.getStart()).start() + "-" + tokens.get(span.getEnd() - 1).end());
			}
		});
		return spans;
	}

	private static Map<String, DictionaryNameFinder> dictionaryFinders(ValueNameFinder finder) {
		Map<String, DictionaryNameFinder> finders = new LinkedHashMap<>();
		for (EntityFamily family : CORPUS.families()) {
			Set<String> orderStems = family.orderWords()
				.stream()
				.flatMap(w -> finder.contentStems(Folding.fold(w)).stream().map(ValueNameFinder.Token::stem))
				.collect(Collectors.toSet());
			Dictionary dictionary = new Dictionary(false);
			for (EntityValue value : family.values()) {
				for (String name : value.allNames()) {
					List<String> stems = finder.contentStems(Folding.fold(name))
						.stream()
						.map(ValueNameFinder.Token::stem)
						.toList();
					if (!stems.isEmpty() && !orderStems.containsAll(stems)) {
						dictionary.put(new StringList(stems.toArray(String[]::new)));
					}
				}
			}
			finders.put(family.name(), new DictionaryNameFinder(dictionary, family.name()));
		}
		return finders;
	}

	@Test
	void findsWhatOneDictionaryFinderPerFamilyFindsInEveryExample() {
		for (LanguagePack pack : CORPUS.languages().values()) {
			ValueNameFinder finder = new ValueNameFinder(pack, CORPUS);
			Map<String, DictionaryNameFinder> finders = dictionaryFinders(finder);
			List<String> examples = CORPUS.intents()
				.stream()
				.flatMap(i -> i.examples().stream())
				.filter(e -> e.language().equals(pack.code()))
				.map(e -> Folding.fold(e.text()))
				.toList();
			assertThat(examples).isNotEmpty();
			int withNames = 0;
			for (String example : examples) {
				List<String> expected = reference(finder, finders, example);
				assertThat(found(finder, example)).as(example).isEqualTo(expected);
				withNames += expected.isEmpty() ? 0 : 1;
			}
			assertThat(withNames).as("examples naming a value in " + pack.code()).isPositive();
		}
	}

	@Test
	void findsWhatOneDictionaryFinderPerFamilyFindsInNamesRunTogether() {
		Random random = new Random(15);
		for (LanguagePack pack : CORPUS.languages().values()) {
			ValueNameFinder finder = new ValueNameFinder(pack, CORPUS);
			Map<String, DictionaryNameFinder> finders = dictionaryFinders(finder);
			List<String> words = CORPUS.families()
				.stream()
				.flatMap(f -> f.values().stream())
				.flatMap(v -> v.names().getOrDefault(pack.code(), List.of()).stream())
				.flatMap(name -> List.of(Folding.fold(name).split(" ")).stream())
				.distinct()
				.toList();
			for (int text = 0; text < 500; text++) {
				StringBuilder folded = new StringBuilder();
				int length = 2 + random.nextInt(10);
				for (int word = 0; word < length; word++) {
					folded.append(word == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
				}
				assertThat(found(finder, folded.toString())).as(folded.toString())
					.isEqualTo(reference(finder, finders, folded.toString()));
			}
		}
	}

}
