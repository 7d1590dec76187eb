package org.lacreview.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Mention;

/**
 * The values an answer names, read from its text with the same {@link EntityExtractor}
 * that reads questions: by family, each with its values in the order the answer gives
 * them, the family named first first. What "¿y el segundo?" and "the first one" (the
 * first family of two or more values) or "¿y ella?" and "su sitio web" (the values of the
 * family the next intent is about) point to after such an answer (kept in
 * {@link DialogState#listed()}). Part of the composition stage, after
 * {@link AnswerComposer}.
 */
final class AnswerListing {

	/**
	 * The most answer texts whose listing is kept. Answers are the corpus's templates
	 * filled with its values, so a few thousand cover them; computed answers vary more,
	 * and the cache is emptied when it is full.
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
	 * The reply's state with the values its answer names, by family, in the order it
	 * names them, the families it names first; then, for families it does not name, those
	 * the conversation had (a fallback or an answer about something else in between does
	 * not make "el segundo" of an earlier list mean something else). An answer about the
	 * values of its slot that the question named (one person's role, saying with whom
	 * that person opened the meeting) lists none of that family and no other list: its
	 * other values are context, not a list to count in.
	 * @param questionFamilies the families the question named values of
	 * @param all whether the answer is the intent's answer over all the values of its
	 * slot
	 */
	Reply remember(Reply reply, DialogState previous, Set<String> questionFamilies, boolean all) {
		return remember(reply, previous, questionFamilies, all, Map.of(), Optional.empty());
	}

	/**
	 * {@link #remember(Reply, DialogState, Set, boolean)} for a question asking who did
	 * something with {@code askedWith} (family → value ids, {@link Companions}): the
	 * first other value of such a family the answer names is then what the conversation
	 * is about ("su sitio web" after "¿quién organizó los talleres con la feria?" is the
	 * other organiser's). The values of {@code counted}, the family a count asked about
	 * ("¿cuántos talleres hubo el lunes?" answered "Son 2: A, B"), are the list the
	 * answer gives, even those of the intent's slot: "¿cuáles?" and "el segundo" go on
	 * with them.
	 */
	Reply remember(Reply reply, DialogState previous, Set<String> questionFamilies, boolean all,
			Map<String, List<String>> askedWith, Optional<String> counted) {
		Map<String, List<String>> listed = new LinkedHashMap<>();
		// Small talk's text ("Respondo preguntas sobre la feria de 2024") lists
		// nothing the conversation is about: "¿y ella?" after a greeting is no year.
		boolean fromTheDocument = corpus.intent(reply.answer().intent())
			.filter(Intent::answersFromTheDocument)
			.isPresent();
		if (reply.answer().answered() && fromTheDocument) {
			Map<String, List<String>> inAnswer = listedIn(reply.answer().text(), reply.answer().language());
			Map<String, List<String>> other = new HashMap<>();
			askedWith.forEach((family, ids) -> inAnswer.getOrDefault(family, List.of())
				.stream()
				.filter(id -> !ids.contains(id))
				.findFirst()
				.ifPresent(id -> other.put(family, List.of(id))));
			if (!other.isEmpty()) {
				reply = new Reply(reply.answer(), reply.state().withNamed(other));
			}
			listed.putAll(inAnswer);
			Optional<List<String>> countedValues = counted.map(inAnswer::get);
			// "who spoke for group X?" is answered with a sentence that repeats X and
			// names the groups the people came
			// from: what it lists are the people.
			listed.keySet().removeAll(questionFamilies);
			Optional<String> slot = corpus.intent(reply.answer().intent()).flatMap(Intent::slot);
			if (!all && slot.isPresent()) {
				// About the values named: the one organisation it names is what "su sitio
				// web" means next, but the
				// groups it mentions in passing are no list for "el segundo".
				listed.remove(slot.get());
				// Values of a family in order ("Área 1, Área 2 y Área 3" of a day's
				// agenda) are what the answer gives, in their order: "¿cuántas?" and
				// "la segunda" go on with them.
				listed.entrySet()
					.removeIf(e -> e.getValue().size() > 1
							&& corpus.family(e.getKey()).filter(EntityFamily::ordered).isEmpty());
			}
			countedValues.ifPresent(ids -> listed.put(counted.get(), ids));
		}
		previous.listed().forEach(listed::putIfAbsent);
		return new Reply(reply.answer(), reply.state().withListed(listed));
	}

	/** Family → value ids, in the order {@code text} names them. */
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
		Map<String, List<String>> listed = new LinkedHashMap<>();
		byFamily.forEach((family, ids) -> listed.put(family, List.copyOf(ids)));
		// Shared between threads through the cache: never changed after this.
		Map<String, List<String>> shared = Collections.unmodifiableMap(listed);
		if (cache.size() >= MAX_CACHED) {
			cache.clear();
		}
		cache.put(key, shared);
		return shared;
	}

}
