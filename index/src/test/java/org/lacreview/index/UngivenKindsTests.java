package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A question asking how to write to or call someone, or what someone said in a speech,
 * asks a kind of answer (the bundled languages' {@code contact} and {@code speech}) that
 * no intent gives, so it is refused (a message's other part is still answered), and the
 * words of every {@code asks_for} phrase are words of their language, never corrected
 * ({@link Vocabulary}): "e-mail" stays "e-mail".
 */
class UngivenKindsTests {

	@TempDir
	Path dir;

	@Test
	void anEmailOrPhoneNumberIsRefusedInEveryLanguage() {
		for (String question : new String[] { "¿Cuál es el correo electrónico de la CEPAL?",
				"can u give me ECLAC's phone number", "Qual é o telefone da OIM?",
				"Quelle est l'adresse e-mail de l'OIM ?" }) {
			Answer answer = ask(question);
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void whatSomeoneSaidInASpeechIsRefusedButWhoOpenedIsAnswered() {
		Answer content = ask("O que o Vitorino disse no discurso de abertura?");
		assertThat(content.answered()).as(why(content)).isFalse();
		Answer opener = ask("¿Quién dio el discurso de apertura?");
		assertThat(opener.answered()).as(why(opener)).isTrue();
		assertThat(opener.intent()).isEqualTo("opened_by");
		Answer twoParts = ask("Who opened the meeting and how long did Bárcena's speech last?");
		assertThat(twoParts.answered()).as(why(twoParts)).isFalse();
		assertThat(twoParts.text()).as(why(twoParts)).contains("Vitorino");
	}

	@Test
	void aWordOfAnAsksForPhraseIsNotCorrected() {
		Answer answer = ask("Quelle est l'adresse e-mail de l'OIM ?");
		assertThat(answer.trace().corrections()).as(why(answer)).doesNotContainKey("mail");
	}

	@Test
	void withoutTheContactKindTheWebPageAnswers() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		for (String language : new String[] { "es", "en", "pt", "fr" }) {
			TestCorpora.replace(copy.resolve("languages/" + language + ".yml"), "\n  contact: ", "\n  # contact: ");
		}
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)), "Quelle est l'adresse e-mail de l'OIM ?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.intent()).isEqualTo("org_website");
	}

}
