package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of some fields of an index that never changes, each looked up in the terms
 * dictionary once. A {@link TermQuery} made without {@link TermStates} seeks its term in
 * the dictionary every time a query is built (loading the dictionary's blocks), and so
 * does {@link org.apache.lucene.index.IndexReader#docFreq} for each call; here the first
 * search of a term builds its states with Lucene's own {@link TermStates#build} and keeps
 * its query for the life of the index. Scores are Lucene's, unchanged: the same
 * statistics reach BM25, and a term the index lacks, which matches and scores nothing, is
 * left out of the query.
 * <p>
 * Only the terms searched that the index holds are kept: the memory grows with the words
 * visitors use, never past the index's vocabulary, and unknown words typed keep nothing.
 * Looking every term up when the index opens was measured first: 466 against 521 KB
 * allocated per answer on the bundled corpus, but 200 MB more heap for the ×100 corpus's
 * vocabulary. Thread-safe: a term's states are only read once its query is kept.
 */
final class IndexTerms {

	private final IndexSearcher searcher;

	/** Per field looked up, the queries of its terms searched so far. */
	private final Map<String, Map<String, TermQuery>> queries = new HashMap<>();

	/**
	 * @param fields the fields searched through {@link #anyOf} or counted through
	 * {@link #docFreq}; another field holds no term here
	 */
	IndexTerms(IndexSearcher searcher, Collection<String> fields) {
		this.searcher = searcher;
		fields.forEach(field -> queries.put(field, new ConcurrentHashMap<>()));
	}

	/**
	 * A disjunction (every clause {@code SHOULD}) of the first {@code max} distinct
	 * {@code terms} of {@code field}, those the index lacks left out: it scores every
	 * document as the disjunction of all of them would.
	 */
	Query anyOf(String field, Collection<String> terms, int max) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int taken = 0;
		for (String term : new LinkedHashSet<>(terms)) {
			if (taken++ == max) {
				break;
			}
			TermQuery known = query(field, term);
			if (known != null) {
				query.add(known, BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** How many documents hold {@code term} in {@code field}; 0 when none does. */
	int docFreq(String field, String term) {
		TermQuery known = query(field, term);
		return known == null ? 0 : known.getTermStates().docFreq();
	}

	/**
	 * The query of {@code text} in {@code field}, its states looked up once; null when no
	 * document holds it or the field is not one looked up.
	 * @throws UncheckedIOException when the in-memory index cannot be read
	 */
	private TermQuery query(String field, String text) {
		Map<String, TermQuery> known = queries.get(field);
		if (known == null) {
			return null;
		}
		TermQuery query = known.get(text);
		if (query != null) {
			return query;
		}
		Term term = new Term(field, text);
		TermStates states;
		try {
			states = TermStates.build(searcher, term, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (states.docFreq() == 0) {
			return null;
		}
		query = new TermQuery(term, states);
		known.putIfAbsent(text, query);
		return query;
	}

}
