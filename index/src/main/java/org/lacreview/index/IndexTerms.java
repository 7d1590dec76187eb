package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of some fields of an index that never changes, each looked up in the terms
 * dictionary once, when the index is opened. A {@link TermQuery} made without
 * {@link TermStates} seeks its term in the dictionary every time a query is built
 * (loading the dictionary's blocks: with the look-ups of absent terms, a fifth of the
 * memory an answer allocated), and so does
 * {@link org.apache.lucene.index.IndexReader#docFreq} for each call; here every term of
 * the fields has its query, with its states registered per segment as
 * {@link TermStates#build} would, ready for any number of searches. Scores are Lucene's,
 * unchanged: the same statistics reach BM25, and a term the index lacks, which matches
 * and scores nothing, is left out of the query without a look-up.
 * <p>
 * Thread-safe: nothing changes after construction.
 */
final class IndexTerms {

	/** Per field, each of its terms' query. */
	private final Map<String, Map<String, TermQuery>> queries = new HashMap<>();

	/**
	 * @param fields the fields searched through {@link #anyOf} or counted through
	 * {@link #docFreq}; another field holds no term here
	 * @throws UncheckedIOException when the in-memory index cannot be read
	 */
	IndexTerms(IndexSearcher searcher, Collection<String> fields) {
		IndexReaderContext top = searcher.getTopReaderContext();
		try {
			for (String field : fields) {
				Map<String, TermStates> states = new HashMap<>();
				for (LeafReaderContext leaf : top.leaves()) {
					Terms terms = leaf.reader().terms(field);
					if (terms == null) {
						continue;
					}
					TermsEnum each = terms.iterator();
					for (BytesRef term = each.next(); term != null; term = each.next()) {
						states.computeIfAbsent(term.utf8ToString(), t -> new TermStates(top))
							.register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
					}
				}
				Map<String, TermQuery> byTerm = new HashMap<>();
				states.forEach((term, state) -> byTerm.put(term, new TermQuery(new Term(field, term), state)));
				queries.put(field, byTerm);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A disjunction (every clause {@code SHOULD}) of the first {@code max} distinct
	 * {@code terms} of {@code field}, those the index lacks left out: it scores every
	 * document as the disjunction of all of them would.
	 */
	Query anyOf(String field, Collection<String> terms, int max) {
		Map<String, TermQuery> byTerm = queries.getOrDefault(field, Map.of());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int taken = 0;
		for (String term : new LinkedHashSet<>(terms)) {
			if (taken++ == max) {
				break;
			}
			TermQuery known = byTerm.get(term);
			if (known != null) {
				query.add(known, BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** How many documents hold {@code term} in {@code field}; 0 when none does. */
	int docFreq(String field, String term) {
		TermQuery known = queries.getOrDefault(field, Map.of()).get(term);
		return known == null ? 0 : known.getTermStates().docFreq();
	}

}
