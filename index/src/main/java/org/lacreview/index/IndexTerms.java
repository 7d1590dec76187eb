package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
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
 * The terms of one index that never changes, each looked up in its terms dictionary once.
 * A {@link TermQuery} made without {@link TermStates} seeks its term in the dictionary
 * every time a query is built (loading the dictionary's blocks, a quarter of the memory
 * an answer allocated), and {@link org.apache.lucene.index.IndexReader#docFreq} does the
 * same for each call; here each term's states, built by Lucene's own
 * {@link TermStates#build}, are kept for the life of the index and handed to the query.
 * Scores are Lucene's, unchanged: the same statistics reach BM25, and a term the index
 * lacks, which matches and scores nothing, is left out of the query.
 * <p>
 * Only terms the index holds are kept, so the memory is bounded by the index's own
 * vocabulary however many unknown words visitors type. Thread-safe: states built with
 * statistics are only read after they are made.
 */
final class IndexTerms {

	private final IndexSearcher searcher;

	private final Map<Term, TermStates> known = new ConcurrentHashMap<>();

	IndexTerms(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/**
	 * A disjunction (every clause {@code SHOULD}) of the first {@code max} distinct
	 * {@code terms} of {@code field}, those the index lacks left out: it scores every
	 * document as the disjunction of all of them would.
	 */
	Query anyOf(String field, Collection<String> terms, int max) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int taken = 0;
		for (String text : new LinkedHashSet<>(terms)) {
			if (taken++ == max) {
				break;
			}
			Term term = new Term(field, text);
			TermStates states = states(term);
			if (states != null) {
				query.add(new TermQuery(term, states), BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** How many documents hold {@code text} in {@code field}; 0 when none does. */
	int docFreq(String field, String text) {
		TermStates states = states(new Term(field, text));
		return states == null ? 0 : states.docFreq();
	}

	/** The term's states, null when no document holds it. */
	private TermStates states(Term term) {
		TermStates states = known.get(term);
		if (states != null) {
			return states;
		}
		try {
			states = TermStates.build(searcher, term, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (states.docFreq() == 0) {
			return null;
		}
		known.putIfAbsent(term, states);
		return states;
	}

}
