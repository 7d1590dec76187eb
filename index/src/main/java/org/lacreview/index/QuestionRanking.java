package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Stages 6 and 7 for one question: the document's sections closest to it
 * ({@link ExampleIndex}, BM25 over the sections' text, in the corpus's default language)
 * and the intents ranked by {@link IntentRanker}, told what the question names, what the
 * conversation remembers when the question leans on it, and how close each section is.
 */
final class QuestionRanking {

	/** How many sections are looked up and shown in the trace. */
	private static final int SECTIONS = 3;

	/**
	 * The intents and the sections for one question, best first; scores as their rankers
	 * give them.
	 */
	record Ranked(List<Scored> intents, List<Scored> sections) {

		/** The best intent's score; 0 when none is ranked. */
		double bestScore() {
			return intents.isEmpty() ? 0 : intents.get(0).score();
		}

	}

	private final Corpus corpus;

	private final ExampleIndex index;

	private final LanguageAnalyzer sectionAnalyzer;

	private final IntentRanker ranker;

	/**
	 * Families with values that have dates: a date in a question must select one of
	 * theirs to fit.
	 */
	private final Set<String> datedFamilies;

	/**
	 * Families of which the document covers one value only (the region it is about):
	 * naming it says nothing about which intent answers, as every answer is about it.
	 */
	private final Set<String> oneCoveredValue = new HashSet<>();

	QuestionRanking(Corpus corpus, ExampleIndex index, Map<String, LanguageAnalyzer> analyzers, IntentRanker ranker,
			Set<String> datedFamilies) {
		this.corpus = corpus;
		corpus.families()
			.stream()
			.filter(f -> f.values().stream().filter(EntityValue::inDocument).count() == 1)
			.forEach(f -> oneCoveredValue.add(f.name()));
		this.index = index;
		this.sectionAnalyzer = analyzers.get(corpus.info().defaultLanguage());
		this.ranker = ranker;
		this.datedFamilies = Set.copyOf(datedFamilies);
	}

	/**
	 * The values the question names, as "family:id", but those of a family with one
	 * covered value ({@link #oneCoveredValue}).
	 */
	private Set<String> namedValues(Extraction extraction) {
		Set<String> named = new HashSet<>(extraction.namedValues());
		named.removeIf(value -> oneCoveredValue.contains(value.split(":")[0]));
		return named;
	}

	Ranked rank(Extraction extraction, String lang, DialogState previous) {
		List<String> fallbacks = corpus.info().fallbacksFor(lang);
		Set<String> remembered = new HashSet<>();
		if (extraction.leansOnContext()) {
			remembered.addAll(previous.values().keySet());
			remembered.addAll(previous.listed().keySet());
		}
		List<Scored> sections = index.sections(sectionAnalyzer.terms(extraction.masked()), SECTIONS)
			.stream()
			.map(h -> new Scored(corpus.sections().get(h.ord()).id(), h.score()))
			.toList();
		Map<String, Double> relativeSections = new HashMap<>();
		sections.stream()
			.filter(s -> s.score() > 0)
			.forEach(s -> relativeSections.put(s.name(), s.score() / sections.get(0).score()));
		IntentRanker.Entities entities = new IntentRanker.Entities(extraction.selectedFamilies(),
				namedValues(extraction), remembered, extraction.familiesContradictedByDates(datedFamilies),
				relativeSections);
		List<Scored> ranked = ranker.rank(extraction.masked(), lang, fallbacks.isEmpty() ? null : fallbacks.get(0),
				entities);
		return new Ranked(ranked, sections);
	}

}
