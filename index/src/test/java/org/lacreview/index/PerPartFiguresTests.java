package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.conversation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A value whose figure the document gives per part without saying how many parts there
 * were ({@code per_part:} of its entity value: the civil society consultations' "200
 * participants per session"): a total over the parts and a count of them are refused.
 */
class PerPartFiguresTests {

	private static final String PER_SESSION = "¿Cuántas personas por sesión en las consultas con la sociedad civil?";

	@TempDir
	Path dir;

	@Test
	void howManyPartsThereWereIsRefusedButTheFigurePerPartIsGiven() {
		List<Answer> answers = conversation(BundledEngine.get(), PER_SESSION, "¿cuántas sesiones hubo?");
		assertThat(answers.get(0).answered()).as(answers.get(0).trace().toString()).isTrue();
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isFalse();
		Answer perSession = ask(BundledEngine.get(), "cuantos x sesion en la consulta con sociedad civil");
		assertThat(perSession.answered()).as(perSession.trace().toString()).isTrue();
	}

	@Test
	void aTotalOverThePartsIsRefused() {
		Answer answer = ask(BundledEngine.get(),
				"How many people took part in the civil society consultations altogether, over all sessions?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("per part");
	}

	@Test
	void withoutPerNounsInTheCorpusTheCountIsAnsweredWithTheFigure() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/event.yml"), "    per_part:\n      es: [sesión, sesiones]\n",
				"    per_part:\n      es: []\n");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		List<Answer> answers = conversation(without, PER_SESSION, "¿cuántas sesiones hubo?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
	}

}
