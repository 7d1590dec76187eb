package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A second value whose head noun the question said once ({@link ElidedHeads}): "… les
 * consultations avec les processus régionaux, et celles avec la société civile" names the
 * second consultation, not the stakeholder group of the same name. Labels come from the
 * bundled corpus.
 */
class ElidedHeadsTests {

	private static final String QUESTION = "Quand ont eu lieu les consultations avec les processus régionaux, et celles avec la société civile ?";

	@TempDir
	Path dir;

	private static String label(String id) {
		return BundledEngine.get()
			.corpus()
			.family("event")
			.orElseThrow()
			.value(id)
			.orElseThrow()
			.label()
			.in("fr", List.of())
			.orElseThrow();
	}

	@Test
	void theSecondMentionIsTheValueOfTheFirstsFamilyWhoseNameHoldsIt() {
		Answer answer = ask(QUESTION);
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(label("regional_consultations"), label("civil_society_consultations"));
	}

	@Test
	void withoutTheJoinerInTheCorpusTheSecondMentionKeepsItsOwnFamily() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/fr.yml"), "part_joiners: [et, aussi]", "part_joiners: [aussi]");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = without.answer(QUESTION).answer();
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(label("civil_society_consultations"));
	}

}
