package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;

import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * The engine of the bundled corpus, built once for every test class that only asks it
 * questions: a build takes seconds, and the engine is immutable and safe to share.
 */
final class BundledEngine {

	private static AnswerEngine engine;

	private BundledEngine() {
	}

	static synchronized AnswerEngine get() {
		if (engine == null) {
			engine = AnswerEngine.build(CorpusLoader.load(TestCorpora.BUNDLED));
		}
		return engine;
	}

	/**
	 * The answer of the bundled corpus's engine to a first question with no language
	 * hint.
	 */
	static Answer ask(String question) {
		return ask(get(), question);
	}

	/** The answer of {@code engine} to a first question with no language hint. */
	static Answer ask(AnswerEngine engine, String question) {
		return engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
	}

	/**
	 * What an answer was and why, for an assertion's description: whether it answered,
	 * its intent, its text and its trace.
	 */
	static String why(Answer answer) {
		return "answered=" + answer.answered() + " intent=" + answer.intent() + " text=" + answer.text() + " trace="
				+ answer.trace();
	}

	/** The values of a family of the bundled corpus that the document covers. */
	static List<EntityValue> inDocument(String family) {
		return get().corpus().family(family).orElseThrow().values().stream().filter(EntityValue::inDocument).toList();
	}

	/** One value of the bundled corpus, by family and id; throws when there is none. */
	static EntityValue value(String family, String id) {
		return get().corpus().family(family).orElseThrow().value(id).orElseThrow();
	}

	/** The number attribute {@code attribute} of one value of the bundled corpus. */
	static long figure(String family, String id, String attribute) {
		return ((Number) value(family, id).attributes().get(attribute)).longValue();
	}

	/** The smallest {@code attribute} among a family's values the document covers. */
	static long least(String family, String attribute) {
		return inDocument(family).stream()
			.mapToLong(v -> ((Number) v.attributes().get(attribute)).longValue())
			.min()
			.orElseThrow();
	}

	/** The sum of {@code attribute} over a family's values the document covers. */
	static long familyTotal(String family, String attribute) {
		return inDocument(family).stream().mapToLong(v -> ((Number) v.attributes().get(attribute)).longValue()).sum();
	}

	/**
	 * The answer of {@code engine} to the last of {@code turns} asked one after another.
	 */
	static Answer lastAnswer(AnswerEngine engine, String... turns) {
		List<Answer> answers = conversation(engine, turns);
		return answers.get(answers.size() - 1);
	}

	/** The answers of {@code engine} to {@code turns} asked one after another. */
	static List<Answer> conversation(AnswerEngine engine, String... turns) {
		List<Answer> answers = new ArrayList<>();
		DialogState state = DialogState.EMPTY;
		for (String turn : turns) {
			Reply reply = engine.answer(turn, LanguageHints.NONE, state);
			answers.add(reply.answer());
			state = reply.state();
		}
		return answers;
	}

}
