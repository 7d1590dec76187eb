package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The Lucene index behind retrieval: intent examples (field {@code text_<lang>}, analysed
 * in their own language, entity mentions masked), document sections (analysed in the
 * document's language), and every word the corpus knows ({@code words}, folded but not
 * stemmed) for {@link SpellingCorrector}. Built once per corpus in memory and never
 * written to afterwards, so searches need no locking.
 */
final class ExampleIndex {

	private static final String ORD = "ord";

	private static final String WORDS = "words_";

	/**
	 * Sections have a field of their own, so that each search is over one field and needs
	 * no filter, and the statistics of the document language's examples are theirs alone.
	 */
	private static final String SECTIONS = "sections";

	record Hit(int ord, double score) {
	}

	/** Lucene's indexing buffer, in MB; released once the index is written. */
	private static final double INDEXING_BUFFER_MB = 64;

	private final IndexSearcher searcher;

	private final RecentSearches recentSearches = new RecentSearches();

	private final IndexTerms indexTerms;

	private final DirectoryReader reader;

	/**
	 * The corpus ordinal of each Lucene document: read once here, because reading a
	 * stored field per hit decompresses a block of stored fields on every search.
	 */
	private final int[] ordinals;

	/**
	 * Per language (its example field), BM25's IDF of every term it holds, and of a term
	 * it does not hold: the index never changes, so the terms dictionary need not be
	 * searched again for each question. Keyed by the language rather than the field's
	 * name, so that a look-up builds no string.
	 */
	private final Map<String, Map<String, Double>> idfs = new HashMap<>();

	private final Map<String, Double> unseenIdf = new HashMap<>();

	/**
	 * Per language, the words spelling suggestions may propose: the terms of the
	 * {@code words_} fields.
	 */
	private final Map<String, Set<String>> knownWords = new HashMap<>();

	/**
	 * @param analysedExamples per example ordinal: its language and its masked text's
	 * analysed terms, joined by spaces (the build has analysed every example already;
	 * indexing splits them again at the spaces instead of analysing the text a second
	 * time, which was half of the indexing of a large corpus)
	 * @param vocabularies per language, the folded words spelling suggestions may propose
	 */
	ExampleIndex(Map<String, LanguageAnalyzer> analyzers, String documentLanguage, List<String[]> analysedExamples,
			List<Section> sections, Map<String, Set<String>> vocabularies) {
		Map<String, Analyzer> perField = new HashMap<>();
		analyzers.keySet().forEach(language -> perField.put(field(language), new WhitespaceAnalyzer()));
		perField.put(SECTIONS, analyzers.get(documentLanguage));
		analyzers.keySet().forEach(language -> perField.put(WORDS + language, new WhitespaceAnalyzer()));
		// Whole files as byte arrays: the default (many buffers) duplicates every buffer
		// of a file each time a
		// search clones an input, which was a fifth of all the memory an answer
		// allocated.
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
		// A larger buffer than Lucene's 16 MB: a large corpus is then written in fewer
		// segments, with fewer merges.
		IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField))
			.setRAMBufferSizeMB(INDEXING_BUFFER_MB);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int ord = 0; ord < analysedExamples.size(); ord++) {
				String[] example = analysedExamples.get(ord);
				Document doc = new Document();
				doc.add(new StoredField(ORD, ord));
				doc.add(new TextField(field(example[0]), example[1], Field.Store.NO));
				writer.addDocument(doc);
			}
			for (int ord = 0; ord < sections.size(); ord++) {
				Section section = sections.get(ord);
				Document doc = new Document();
				doc.add(new StoredField(ORD, ord));
				doc.add(new TextField(SECTIONS, section.title() + "\n" + section.body(), Field.Store.NO));
				writer.addDocument(doc);
			}
			for (Map.Entry<String, Set<String>> vocabulary : vocabularies.entrySet()) {
				Document words = new Document();
				words.add(new TextField(spellingField(vocabulary.getKey()), String.join(" ", vocabulary.getValue()),
						Field.Store.NO));
				writer.addDocument(words);
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
		List<String> searched = new ArrayList<>();
		analyzers.keySet().forEach(language -> searched.add(field(language)));
		searched.add(SECTIONS);
		this.indexTerms = new IndexTerms(searcher, searched);
		try {
			this.ordinals = readOrdinals(reader);
			for (String language : analyzers.keySet()) {
				precomputeIdf(language);
				knownWords.put(language, termsOf(spellingField(language)).keySet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int[] readOrdinals(DirectoryReader reader) throws IOException {
		int[] ordinals = new int[reader.maxDoc()];
		StoredFields stored = reader.storedFields();
		for (int doc = 0; doc < ordinals.length; doc++) {
			var ord = stored.document(doc).getField(ORD);
			ordinals[doc] = ord == null ? -1 : ord.numericValue().intValue();
		}
		return ordinals;
	}

	private void precomputeIdf(String language) throws IOException {
		String field = field(language);
		long docs = Math.max(1, reader.getDocCount(field));
		Map<String, Double> idf = new HashMap<>();
		termsOf(field).forEach((term, df) -> idf.put(term, idf(docs, df)));
		idfs.put(language, idf);
		unseenIdf.put(language, idf(docs, 0));
	}

	private static double idf(long docs, long df) {
		return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
	}

	/** Every term of a field with its document frequency. */
	private Map<String, Integer> termsOf(String field) throws IOException {
		Map<String, Integer> terms = new HashMap<>();
		Terms all = MultiTerms.getTerms(reader, field);
		if (all != null) {
			TermsEnum each = all.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				terms.put(term.utf8ToString(), each.docFreq());
			}
		}
		return terms;
	}

	private static String field(String language) {
		return "text_" + language;
	}

	/**
	 * The most distinct terms of one question searched; the rest of a very long text is
	 * ignored.
	 */
	static final int MAX_TERMS = 256;

	List<Hit> examples(String language, List<String> terms, int limit) {
		return search(field(language), terms, limit);
	}

	List<Hit> sections(List<String> terms, int limit) {
		return search(SECTIONS, terms, limit);
	}

	private List<Hit> search(String field, List<String> terms, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		return recentSearches.hits(field, terms, limit, () -> searched(field, terms, limit));
	}

	private List<Hit> searched(String field, List<String> terms, int limit) {
		// A question has a few dozen terms; a pasted wall of text must not exceed
		// Lucene's clause limit (1,024).
		Query query = indexTerms.anyOf(field, terms, MAX_TERMS);
		try {
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
				hits.add(new Hit(ordinals[doc.doc], doc.score));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * BM25's inverse document frequency of an analysed term among the examples of one
	 * language.
	 */
	double idf(String language, String term) {
		Double known = idfs.getOrDefault(language, Map.of()).get(term);
		return known != null ? known : unseenIdf.getOrDefault(language, 0.0);
	}

	/**
	 * The folded words of {@code language} spelling suggestions may propose; none for a
	 * language the index lacks.
	 */
	Set<String> spellingWords(String language) {
		return knownWords.getOrDefault(language, Set.of());
	}

	/**
	 * The field holding {@link #spellingWords}, one term a word: what Lucene's spell
	 * checker searches.
	 */
	static String spellingField(String language) {
		return WORDS + language;
	}

	/**
	 * The index's reader, for Lucene's spell checker; never closed while the engine
	 * lives.
	 */
	IndexReader reader() {
		return reader;
	}

}
