package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * The values an answer lists, read from its text with the same {@link EntityExtractor} that reads questions: the
 * families of which it names two or more values, each with its values in the order the answer gives them, the
 * family named first first. What "¿y el segundo?", "the first one" or "¿y ella?" point to after such an answer
 * (kept in {@link DialogState#listed()}). Part of the composition stage, after {@link AnswerComposer}.
 */
final class AnswerListing {

	/**
	 * The most answer texts whose listing is kept. Answers are the corpus's templates filled with its values, so a
	 * few thousand cover them; computed answers vary more, and the cache is emptied when it is full.
	 */
	static final int MAX_CACHED = 4_096;

	private final EntityExtractor extractor;

	private final Corpus corpus;

	private final Map<String, Map<String, List<String>>> cache = new ConcurrentHashMap<>();

	AnswerListing(EntityExtractor extractor, Corpus corpus) {
		this.extractor = extractor;
		this.corpus = corpus;
	}

	/**
	 * The reply's state with what its answer lists, when it is an answer that lists two or more values of a family;
	 * else the listing the conversation had (a fallback or a one-value answer in between does not make "el segundo"
	 * of the earlier list mean something else). An answer about the values a question named (one person's role,
	 * saying with whom that person opened the meeting) lists nothing: its other names are context, not a list to
	 * count in.
	 *
	 * @param question what the question named
	 * @param all whether the answer is the intent's answer over all the values of its slot
	 */
	Reply remember(Reply reply, DialogState previous, Extraction question, boolean all) {
		boolean aboutNamedValues = !all && corpus.intent(reply.answer().intent()).flatMap(Intent::slot).isPresent();
		Map<String, List<String>> listed = reply.answer().answered() && !aboutNamedValues
				? withoutNamed(listedIn(reply.answer().text(), reply.answer().language()), question) : Map.of();
		return new Reply(reply.answer(), reply.state().withListed(listed.isEmpty() ? previous.listed() : listed));
	}

	/**
	 * The listing without the families the question named a value of: "who spoke for group X?" is answered with
	 * a sentence that repeats X and names the groups the people came from, and what it lists are the people.
	 */
	private static Map<String, List<String>> withoutNamed(Map<String, List<String>> listed, Extraction question) {
		Set<String> named = question.selectedFamilies();
		if (named.isEmpty()) {
			return listed;
		}
		Map<String, List<String>> kept = new LinkedHashMap<>(listed);
		kept.keySet().removeAll(named);
		return kept;
	}

	/** Family → value ids, in the order {@code text} names them, for families of which it names at least two. */
	Map<String, List<String>> listedIn(String text, String lang) {
		String key = lang + '\n' + text;
		Map<String, List<String>> known = cache.get(key);
		if (known != null) {
			return known;
		}
		Map<String, List<String>> byFamily = new LinkedHashMap<>();
		for (Mention mention : extractor.extract(text, lang).mentions()) {
			for (EntityValue value : mention.values()) {
				List<String> ids = byFamily.computeIfAbsent(value.family(), f -> new ArrayList<>());
				if (!ids.contains(value.id())) {
					ids.add(value.id());
				}
			}
		}
		byFamily.values().removeIf(ids -> ids.size() < 2);
		if (cache.size() >= MAX_CACHED) {
			cache.clear();
		}
		cache.put(key, byFamily);
		return byFamily;
	}
}
