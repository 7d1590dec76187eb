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

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The document's own sentences, one Lucene document each (BM25 over the document
 * language's analysed terms): for a question no intent fits, the sentence that answers
 * it. Sentences come from each section's Markdown paragraphs and list items, split by the
 * JDK's {@link BreakIterator} for the document's language. A sentence is offered only
 * when it holds at least {@value #MIN_SHARED_TERMS} of the question's terms and a share
 * of at least {@value #MIN_COVERAGE} of them weighted by rarity (IDF among the
 * sentences): a question with words the sentence lacks ("¿qué dijeron sobre el COVID en
 * Asia?") is not answered by it.
 */
final class SentenceIndex {

	/**
	 * The least share of the question's terms (IDF-weighted) the sentence must hold.
	 * Calibrated on the blind sets A–E and dev of issue 12 (1,568 turns) and the corpus's
	 * golden set: from 0.6 up no question that must be refused gets a quote; at 0.5, two
	 * near-misses do.
	 */
	static final double MIN_COVERAGE = 0.6;

	/** The fewest of the question's distinct terms the sentence must hold. */
	static final int MIN_SHARED_TERMS = 2;

	private static final String TEXT = "text";

	private static final int CANDIDATES = 5;

	/** A sentence, and the section it is from. */
	record Sentence(String text, Section section, Set<String> terms) {
	}

	/**
	 * A sentence found for a question, with the IDF-weighted share of the question's
	 * terms it holds, 0–1.
	 */
	record Match(Sentence sentence, double coverage) {
	}

	private final LanguageAnalyzer analyzer;

	private final List<Sentence> sentences = new ArrayList<>();

	private final IndexSearcher searcher;

	private final DirectoryReader reader;

	SentenceIndex(List<Section> sections, LanguageAnalyzer analyzer, Locale locale) {
		this.analyzer = analyzer;
		for (Section section : sections) {
			for (String paragraph : paragraphs(section.body())) {
				BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
				breaks.setText(paragraph);
				for (int start = breaks.first(),
						end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
					String sentence = paragraph.substring(start, end).strip();
					if (!sentence.isEmpty()) {
						sentences.add(new Sentence(sentence, section, new HashSet<>(analyzer.terms(sentence))));
					}
				}
			}
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Sentence sentence : sentences) {
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
	}

	/**
	 * A section's paragraphs and list items, each on one line, without Markdown markers.
	 */
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
	Optional<Match> best(String question) {
		Set<String> terms = new LinkedHashSet<>(analyzer.terms(question));
		terms.removeIf(t -> t.startsWith(LanguageAnalyzer.ENTITY_PREFIX));
		if (terms.size() < MIN_SHARED_TERMS) {
			return Optional.empty();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.stream()
			.limit(ExampleIndex.MAX_TERMS)
			.forEach(t -> query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
		try {
			for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
				Sentence sentence = sentences.get(hit.doc);
				double coverage = coverage(sentence, terms);
				if (coverage >= MIN_COVERAGE) {
					return Optional.of(new Match(sentence, coverage));
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The IDF-weighted share of {@code terms} the sentence holds; 0 when it holds fewer
	 * than the minimum.
	 */
	private double coverage(Sentence sentence, Set<String> terms) {
		double total = 0;
		double covered = 0;
		int shared = 0;
		for (String term : terms) {
			double weight = idf(term);
			total += weight;
			if (sentence.terms().contains(term)) {
				covered += weight;
				shared++;
			}
		}
		return shared >= MIN_SHARED_TERMS && total > 0 ? covered / total : 0;
	}

	private double idf(String term) {
		try {
			long df = reader.docFreq(new Term(TEXT, term));
			long docs = Math.max(1, reader.numDocs());
			return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
