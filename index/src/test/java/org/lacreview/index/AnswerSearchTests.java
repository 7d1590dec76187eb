package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 13, item 4: a question no intent fits but one sentence of the document answers
 * gets that sentence quoted, its section as the source, labelled
 * {@code "intent": "document"}; one that an intent's answer holds in the question's
 * language gets that intent's answer; questions that must be refused stay refused.
 */
class AnswerSearchTests {

	/** A sentence added to a section of a copy of the bundled corpus, no intent says. */
	private static final String ADDED = "Las escuelas de verano sobre movilidad humana comenzarán en Quito.";

	private static final String LONG_TAIL = "¿Las escuelas de verano sobre movilidad humana serán en Quito?";

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	private Path corpusWithTheAddedSentence() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path section = copy.resolve("sections/07-proximos-pasos.md");
		Files.writeString(section, Files.readString(section) + "\n- " + ADDED + "\n");
		return copy;
	}

	@Test
	void aQuestionOneSentenceAnswersGetsThatSentenceWithItsSection() throws IOException {
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(corpusWithTheAddedSentence()));
		Answer answer = ask(engine, LONG_TAIL);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo(AnswerSearch.INTENT);
		assertThat(answer.sources()).hasSize(1);
		String body = engine.corpus()
			.section(answer.sources().get(0).id())
			.orElseThrow()
			.body()
			.replaceAll("\\s+", " ");
		String quoted = answer.text().replaceAll("^.*«(.*)»$", "$1");
		assertThat(body).contains(quoted);
		assertThat(quoted).isEqualTo(ADDED);
		assertThat(ask(AnswerSearchTests.engine, LONG_TAIL).answered()).isFalse();
	}

	@Test
	void aQuestionAnIntentsAnswerHoldsInItsLanguageGetsThatAnswer() {
		// The classifier scores every intent under the threshold for it; the sentence
		// that answers it is in English only in an intent's answer, never in the Spanish
		// document.
		Answer answer = ask(engine, "What did the review say about diversity?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.trace().decision()).contains("covers");
		assertThat(answer.text()).containsIgnoringCase("diversity");
		assertThat(answer.language()).isEqualTo("en");
	}

	@Test
	void theFewWordsAQuestionIntroLeavesAreSearchedAsAQuestionOfTheirOwn() {
		// The language's question intro ("what does the document say about") is read
		// off, leaving one word: short as a follow-up is, but no follow-up.
		// (An intent now answers "diversity" from its examples; the intents leave
		// "inequality" below the threshold, so the search answers it.)
		String question = "What does the document say about inequality?";
		assertThat(engine.corpus().languages().get("en").phrasing().questionIntros())
			.contains("what does the document say about");
		Answer answer = ask(engine, question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.trace().decision()).contains("covers");
		assertThat(answer.text()).containsIgnoringCase("inequalit");
		assertThat(ask(engine, "and inequality?").answered()).isFalse();
	}

	/**
	 * {@code question} is answered holding between {@code least} and the usual share of
	 * it, {@code expected} in the reply; {@code withUnknownWord}, the same question with
	 * a word the corpus does not know, which may be what it is about, falls back.
	 */
	private static Answer assertAnsweredUnderTheUsualShare(String question, double least, String expected,
			String withUnknownWord) {
		Answer answer = ask(engine, question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.confidence()).isBetween(least, SentenceIndex.MIN_COVERAGE);
		assertThat(answer.text()).contains(expected);
		Answer unknown = ask(engine, withUnknownWord);
		assertThat(unknown.answered()).as(unknown.trace().toString()).isFalse();
		return answer;
	}

	@Test
	void theBestIntentsAnswerHoldingPartOfAQuestionOfKnownWordsAnswersIt() {
		// Under the threshold, and its answer holds too little of the question for
		// the search over every answer; but the ranking and that answer's words agree.
		Answer answer = assertAnsweredUnderTheUsualShare(
				"¿En qué situación dijeron que había que apoyar a las personas migrantes?",
				AnswerSearch.AGREEING_COVERAGE, "vulnerabilidad",
				"¿En qué situación dijeron que había que apoyar a los migrantes zurdos?");
		assertThat(answer.trace().decision()).contains("below the threshold", "covers");
	}

	@Test
	void aSentenceSharingARareWordOfAQuestionOfKnownWordsAnswersIt() {
		// "dice" is in no sentence, and the classifier fits no intent: the one sentence
		// about international cooperation holds under the usual share of the question.
		assertAnsweredUnderTheUsualShare("¿Qué se dice de la cooperación internacional?",
				SentenceIndex.RARE_WORD_COVERAGE, "fortalecer la cooperación internacional",
				"¿Qué se dice de la cooperación internacional zurda?");
	}

	@Test
	void howAQuestionAsksWhatTheDocumentSaysIsLeftOutOfTheSearch() {
		// "que disent … sur" and "qu'est-ce que le document dit sur" are the corpus's
		// asks_for phrases (languages/fr.yml): left in, their words are ones no answer
		// has.
		for (String question : new String[] { "Que disent les pays sur la diversité ?",
				"Qu'est-ce que le document dit sur le développement durable ?" }) {
			Answer answer = ask(engine, question);
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(answer.trace().decision()).contains("covers");
			assertThat(answer.language()).isEqualTo("fr");
		}
	}

	@Test
	void questionsThatMustBeRefusedAreNotQuoted() {
		assertThat(ask(engine, "¿Quién ganó el mundial de fútbol?").answered()).isFalse();
		assertThat(ask(engine, "¿Qué opinan de la pandemia en Asia?").answered()).isFalse();
		// The sentence saying how many there were does not say which.
		assertThat(ask(engine, "¿Cuáles son los tres miembros asociados que asistieron?").answered()).isFalse();
		assertThat(ask(engine, "Quels étaient les trois membres associés ?").answered()).isFalse();
		assertThat(ask(engine, "¿Cuáles son los miembros asociados de la CEPAL que asistieron?").answered()).isFalse();
	}

	@Test
	void withoutTheQuoteSentenceInTheCorpusTheQuestionFallsBack() throws IOException {
		Path copy = corpusWithTheAddedSentence();
		Path messages = copy.resolve("messages.yml");
		Files.writeString(messages, Files.readString(messages).replaceAll("(?s)document_quote:.*?\\n\\n", ""));
		assertThat(Files.readString(messages)).doesNotContain("document_quote");
		assertThat(ask(AnswerEngine.build(CorpusLoader.load(copy)), LONG_TAIL).answered()).isFalse();
	}

}
