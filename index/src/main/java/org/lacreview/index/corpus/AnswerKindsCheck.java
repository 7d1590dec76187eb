package org.lacreview.index.corpus;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the kinds of answer intents give against the kinds the languages ask for: a kind
 * in an intent's {@code answers} that no language's {@code asks_for} lists is a typo
 * ("dates" for "date") that would make the intent refuse every question asking for the
 * kind meant.
 */
final class AnswerKindsCheck {

	private AnswerKindsCheck() {
	}

	/**
	 * An error at the intent's {@code answers} line for each kind no language asks for.
	 */
	static List<Problem> problems(Corpus corpus) {
		Set<String> asked = new TreeSet<>();
		corpus.languages().values().forEach(pack -> asked.addAll(pack.phrasing().asksFor().keySet()));
		return corpus.intents()
			.stream()
			.flatMap(intent -> intent.answers()
				.stream()
				.filter(kind -> !asked.contains(kind))
				.map(kind -> Problem.error(intent.at("answers"),
						"intent " + intent.name() + " answers '" + kind
								+ "', a kind no language's asks_for lists (they list " + asked + ")")))
			.toList();
	}

}
