package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.folding.Folding;

/**
 * The work and the memory one question costs stay bounded however long and strange the
 * question is (issue 11): the spelling corrector is asked about a few words only, and a
 * long question is not kept as conversation context. Structural checks, never timings.
 */
class QuestionCostTests {

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		engine = BundledEngine.get();
	}

	/**
	 * Words of the corpus's Spanish examples with one letter changed ("participantes" →
	 * "partqcipantes"), each of which the engine corrects when it is asked alone.
	 */
	private static List<String> correctableMisspellings() {
		return engine.corpus()
			.intents()
			.stream()
			.flatMap(i -> i.examples().stream())
			.filter(e -> e.language().equals("es"))
			.map(Example::text)
			.map(Folding::fold)
			.flatMap(text -> Arrays.stream(text.split("[^\\p{L}]+")))
			.filter(w -> w.length() >= 8 && w.charAt(4) != 'q')
			.distinct()
			.map(w -> w.substring(0, 4) + 'q' + w.substring(5))
			.filter(w -> engine.answer(w).answer().trace().corrections().containsKey(w))
			.limit(3L * SpellingCorrector.MAX_CANDIDATES)
			.toList();
	}

	@Test
	void theSpellingCorrectorIsAskedAboutOnlyTheFirstFewUnknownWordsOfAQuestion() {
		List<String> misspelt = correctableMisspellings();
		assertThat(misspelt).hasSize(3 * SpellingCorrector.MAX_CANDIDATES);

		Map<String, String> corrections = engine.answer(String.join(" ", misspelt)).answer().trace().corrections();

		assertThat(corrections).hasSize(SpellingCorrector.MAX_CANDIDATES);
		assertThat(corrections.keySet())
			.containsExactlyInAnyOrderElementsOf(misspelt.subList(0, SpellingCorrector.MAX_CANDIDATES));
	}

	@Test
	void wordsLongerThanAnyKnownWordAreNotRememberedBySpellingCorrection() {
		java.util.Random random = new java.util.Random(11);
		StringBuilder question = new StringBuilder();
		for (int word = 0; word < SpellingCorrector.MAX_CANDIDATES; word++) {
			for (int letter = 0; letter < 120; letter++) {
				question.append((char) ('a' + random.nextInt(26)));
			}
			question.append(' ');
		}
		long before = engine.spelling().rememberedChars();

		engine.answer(question.toString());

		assertThat(engine.spelling().rememberedChars() - before).isLessThan(120);
	}

	@Test
	void anOrdinaryMisspeltQuestionIsStillCorrectedAndAnswered() {
		Answer answer = engine.answer("¿cuando fue la reunon?").answer();
		assertThat(answer.trace().corrections()).containsEntry("reunon", "reunion");
		assertThat(answer.answered()).isTrue();
	}

	@Test
	void aLongQuestionIsAnsweredButNotKeptAsConversationContext() {
		String question = "¿Cuándo fue la reunión? ";
		Reply shortReply = engine.answer(question);
		Reply longReply = engine
			.answer(question.repeat(AnswerComposer.MAX_REMEMBERED_QUESTION_CHARS / question.length() + 1));

		assertThat(shortReply.state().question()).isPresent();
		assertThat(longReply.answer().answered()).isTrue();
		assertThat(longReply.state().intent()).isEqualTo(shortReply.state().intent());
		assertThat(longReply.state().question()).isEmpty();
	}

}
