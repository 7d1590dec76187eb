package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * Small talk that greets and thanks at once ({@link UnderThreshold#conversing}): the
 * classifier splits between the intents answering it, each under the threshold, and the
 * reply is still small talk, not "I don't have that information".
 */
class SmallTalkTests {

	private static final AnswerEngine engine = BundledEngine.get();

	/**
	 * {@code message} gets a small-talk reply in {@code language}, under the threshold.
	 */
	private static void assertSmallTalk(String message, String language) {
		Answer answer = ask(engine, message);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.confidence()).isLessThan(engine.corpus().info().threshold());
		assertThat(engine.corpus().intent(answer.intent()).orElseThrow().answersFromTheDocument()).isFalse();
		assertThat(answer.language()).isEqualTo(language);
	}

	@Test
	void aGreetingSentenceBeforeAQuestionOfCourtesyIsWhatTheMessageSays() {
		// The reader leaves out "Hello!" for asking nothing; the courtesy question alone
		// is not understood, and the whole message is a greeting.
		for (String message : java.util.List.of("Hello! How's it going?", "¡Hola! ¿Cómo andas?")) {
			Answer answer = ask(engine, message);
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(engine.corpus().intent(answer.intent()).orElseThrow().answersFromTheDocument()).isFalse();
		}
		// A question the document answers, written half in another language, is not
		// turned into small talk by its opener.
		Answer mixed = ask(engine, "Hey quick question, who were the people que abrieron the meeting?");
		assertThat(mixed.intent()).isNotIn("help", "greeting");
	}

	@Test
	void aGreetingAndThanksInOneMessageGetASmallTalkReply() {
		// An opener that thanks in advance is an example of the greeting; one the
		// examples do not have still splits the classifier.
		assertSmallTalk("saludos, se agradece la paciencia", "es");
	}

	@Test
	void smallTalkWithWordsNoExampleHasIsStillSmallTalk() {
		// "being around" lowers every score: greeting and thanks together stay under the
		// threshold, but no other intent scores.
		assertSmallTalk("hello again, thanks for being around", "en");
		// One small-talk intent alone, over a request the document has nothing on, is
		// no small talk.
		assertThat(ask(engine, "Can you help me apply for a US green card?").answered()).isFalse();
	}

	@Test
	void sentencesThatAreAllSmallTalkGetTheReplyOfTheOneUnderstood() {
		// Read whole, greeting and thanks split the classifier under the threshold;
		// the greeting alone is understood.
		Answer answer = ask(engine, "Bonjour ! Merci pour ce service");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("greeting");
		// A sentence asking something of the document leaves the greeting unanswered
		// for it.
		Answer asking = ask(engine, "Bonjour ! Qui a animé la table ronde sur le climat ?");
		assertThat(asking.intent()).as(asking.trace().toString()).isNotEqualTo("greeting");
	}

	@Test
	void aQuestionAboutTheDocumentUnderTheThresholdIsNotSmallTalk() {
		Answer answer = ask("hola, ¿cuántas mujeres participaron en la reunión?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

}
