package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A question leaning on the conversation that names a value of another family than its
 * answer's slot ("and the one with regional processes and platforms, what day was that?",
 * a stakeholder group, after the consultations with civil society) is about the one value
 * of the slot whose name holds those words ({@link NamesHolding#heldIn}), not the value
 * the conversation was about. Labels come from the bundled corpus.
 */
class HeldNameFollowUpTests {

	@TempDir
	Path dir;

	private static final String[] TURNS = { "When were the consultations with civil society?", "how many per session?",
			"and the one with regional processes and platforms, what day was that?" };

	private static String label(String event) {
		return BundledEngine.value("event", event).label().in("en", List.of()).orElseThrow();
	}

	@Test
	void theGroupNamedPicksTheEventWhoseNameHoldsIt() {
		Answer held = BundledEngine.lastAnswer(BundledEngine.get(), TURNS);
		assertThat(held.text()).as(BundledEngine.why(held))
			.contains(label("regional_consultations"))
			.doesNotContain(label("civil_society_consultations"));
	}

	@Test
	void withoutANameHoldingTheGroupTheEventIsNotChanged() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path events = copy.resolve("entities/event.yml");
		Files.writeString(events, Files.readString(events).replace("regional processes", "regional bodies"));
		Answer held = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), TURNS);
		assertThat(held.text()).as(BundledEngine.why(held)).doesNotContain("regional bodies");
	}

}
