package org.lacreview.index;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;

/**
 * Which intents can answer a question that asks for a kind of answer
 * ({@link org.lacreview.index.text.AskedKind}: a person, a date, a place, a number…):
 * those whose {@link Intent#answers()} list it, and those that list none. One that lists
 * other kinds answers another question ("¿en qué año…?" is not answered by a description,
 * "¿cuántos años tiene…?" not by a person's role), so the decision considers the next
 * that gives the kind, or none.
 */
final class AnswerKinds {

	/**
	 * The kinds the engine itself reasons about, as the language files' {@code asks_for}
	 * name them: a figure, a date, an explanation.
	 */
	static final String NUMBER = "number";

	static final String DATE = "date";

	static final String DESCRIPTION = "description";

	/** Who: a person or an organisation. */
	static final String PERSON = "person";

	private final Corpus corpus;

	/** The kinds some intent lists ({@link #listed}), read once. */
	private final Set<String> listed;

	AnswerKinds(Corpus corpus) {
		this.corpus = corpus;
		this.listed = listed(corpus);
	}

	/**
	 * The kinds some intent lists among its {@link Intent#answers()}; every kind of the
	 * languages' {@code asks_for} when no intent lists any (the corpus does not use
	 * them). A kind outside this set ("absent", "time") is asked of the document in vain.
	 */
	static Set<String> listed(Corpus corpus) {
		Set<String> kinds = new HashSet<>();
		corpus.intents().forEach(i -> kinds.addAll(i.answers()));
		if (kinds.isEmpty()) {
			corpus.languages().values().forEach(pack -> kinds.addAll(pack.phrasing().asksFor().keySet()));
		}
		return Set.copyOf(kinds);
	}

	/** Whether {@code kind} is one some intent lists ({@link #listed}). */
	boolean listedByAny(String kind) {
		return listed.contains(kind);
	}

	/**
	 * {@code ranked} without the intents that do not give {@code kind}, in the same
	 * order; all of it when the question asks for no kind.
	 */
	List<Scored> giving(List<Scored> ranked, Optional<String> kind) {
		if (kind.isEmpty()) {
			return ranked;
		}
		return ranked.stream().filter(s -> corpus.intent(s.name()).map(i -> gives(i, kind)).orElse(true)).toList();
	}

	/**
	 * Whether {@code intent} gives {@code kind}: it lists it, or lists none, or no kind
	 * is asked.
	 */
	static boolean gives(Intent intent, Optional<String> kind) {
		return kind.isEmpty() || intent.answers().isEmpty() || intent.answers().contains(kind.get());
	}

}
