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
 * {@code "intent": "document"}; questions that must be refused stay refused.
 */
class DocumentQuotesTests {

	private static final String LONG_TAIL = "¿La migración debe ser una opción o una obligación?";

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	@Test
	void aQuestionOneSentenceAnswersGetsThatSentenceWithItsSection() {
		Answer answer = ask(engine, LONG_TAIL);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo(DocumentQuotes.INTENT);
		assertThat(answer.sources()).hasSize(1);
		String body = engine.corpus()
			.section(answer.sources().get(0).id())
			.orElseThrow()
			.body()
			.replaceAll("\\s+", " ");
		String quoted = answer.text().replaceAll("^.*«(.*)»$", "$1");
		assertThat(body).contains(quoted);
		assertThat(quoted).contains("obligación");
	}

	@Test
	void questionsThatMustBeRefusedAreNotQuoted() {
		assertThat(ask(engine, "¿Quién ganó el mundial de fútbol?").answered()).isFalse();
		assertThat(ask(engine, "¿Qué opinan de la pandemia en Asia?").answered()).isFalse();
	}

	@Test
	void withoutTheQuoteSentenceInTheCorpusTheQuestionFallsBack() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path messages = copy.resolve("messages.yml");
		Files.writeString(messages, Files.readString(messages).replaceAll("(?s)document_quote:.*?\\n\\n", ""));
		assertThat(Files.readString(messages)).doesNotContain("document_quote");
		assertThat(ask(AnswerEngine.build(CorpusLoader.load(copy)), LONG_TAIL).answered()).isFalse();
	}

}
