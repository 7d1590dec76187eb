package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexTerms} gives the hits and scores Lucene gives the same disjunction built
 * term by term, over an index of two segments, with terms the index lacks among those
 * asked; and the document frequency the reader gives.
 */
class IndexTermsTests {

	private static final String FIELD = "text";

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private DirectoryReader reader;

	private IndexSearcher searcher;

	@BeforeEach
	void index() throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			add(writer, "alpha beta gamma", "beta beta delta", "gamma epsilon");
			// A commit between: a second segment, whose terms' states are its own.
			writer.commit();
			add(writer, "alpha alpha zeta", "delta eta theta beta", "iota");
		}
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
	}

	@AfterEach
	void close() throws IOException {
		reader.close();
		directory.close();
	}

	private static void add(IndexWriter writer, String... texts) throws IOException {
		for (String text : texts) {
			Document doc = new Document();
			doc.add(new TextField(FIELD, text, Field.Store.NO));
			writer.addDocument(doc);
		}
	}

	@Test
	void theIndexHasTwoSegments() {
		assertThat(reader.leaves()).hasSize(2);
	}

	@Test
	void hitsAndScoresAreThoseOfTheDisjunctionBuiltTermByTerm() throws IOException {
		IndexTerms terms = new IndexTerms(searcher, List.of(FIELD));
		for (List<String> asked : List.of(List.of("alpha", "beta"), List.of("beta", "unknown", "delta", "beta"),
				List.of("zeta", "gamma", "iota", "kappa"), List.of("theta"))) {
			// Twice: the queries kept serve any number of searches.
			for (int round = 0; round < 2; round++) {
				assertThat(hits(terms.anyOf(FIELD, asked, 256))).as(asked.toString())
					.containsExactlyElementsOf(hits(plain(asked)));
			}
		}
	}

	@Test
	void onlyTheFirstDistinctTermsUpToTheLimitAreSearched() throws IOException {
		IndexTerms terms = new IndexTerms(searcher, List.of(FIELD));
		// "unknown" counts towards the limit though the index lacks it: "iota" is not
		// asked.
		assertThat(hits(terms.anyOf(FIELD, List.of("zeta", "zeta", "unknown", "iota"), 2)))
			.containsExactlyElementsOf(hits(plain(List.of("zeta"))));
	}

	@Test
	void termsTheIndexLacksFindNothing() throws IOException {
		IndexTerms terms = new IndexTerms(searcher, List.of(FIELD));
		assertThat(searcher.search(terms.anyOf(FIELD, List.of("kappa", "lambda"), 256), 10).scoreDocs).isEmpty();
		assertThat(terms.docFreq(FIELD, "kappa")).isZero();
	}

	@Test
	void aFieldNotLookedUpHoldsNoTerm() throws IOException {
		IndexTerms terms = new IndexTerms(searcher, List.of("other"));
		assertThat(searcher.search(terms.anyOf(FIELD, List.of("alpha"), 256), 10).scoreDocs).isEmpty();
		assertThat(terms.docFreq(FIELD, "alpha")).isZero();
	}

	@Test
	void documentFrequenciesAreTheReaders() throws IOException {
		IndexTerms terms = new IndexTerms(searcher, List.of(FIELD));
		for (String term : List.of("alpha", "beta", "gamma", "delta", "iota", "beta")) {
			assertThat(terms.docFreq(FIELD, term)).as(term).isEqualTo(reader.docFreq(new Term(FIELD, term)));
		}
	}

	private static BooleanQuery plain(List<String> asked) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		asked.stream()
			.distinct()
			.forEach(t -> query.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.SHOULD));
		return query.build();
	}

	private List<String> hits(org.apache.lucene.search.Query query) throws IOException {
		return java.util.Arrays.stream(searcher.search(query, 10).scoreDocs)
			.map((ScoreDoc hit) -> hit.doc + ":" + hit.score)
			.toList();
	}

}
