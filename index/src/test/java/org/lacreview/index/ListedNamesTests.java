package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A value's {@code list_names} name it only in a list beside another value of its family
 * ({@link org.lacreview.index.entity.EntityExtractor}): "trabajadores" is the workers'
 * organizations' group in "trabajadores y parlamentarios", not in "trabajadores
 * migrantes". Figures come from the bundled corpus.
 */
class ListedNamesTests {

	@TempDir
	Path dir;

	@Test
	void aListNameBesideAnotherGroupNamesItsGroup() {
		long workers = figure("group", "workers", "count");
		long parliamentarians = figure("group", "parliamentarians", "count");
		Answer answer = ask("trabajadores y parlamentarios juntos, ¿cuántos eran?");
		assertThat(answer.text()).as(why(answer))
			.contains("En total, " + (workers + parliamentarians))
			.contains("(" + workers + ")");
	}

	@Test
	void aListNameInALongerListAndAfterAPlusNamesItsGroup() {
		long workers = figure("group", "workers", "count");
		long parliamentarians = figure("group", "parliamentarians", "count");
		long cooperation = figure("group", "international_cooperation", "count");
		Answer answer = ask("parlamentarios + trabajadores + cooperación: ¿cuánto suman?");
		assertThat(answer.text()).as(why(answer)).contains("En total, " + (workers + parliamentarians + cooperation));
	}

	@Test
	void aListNameWithAnotherWordBeforeTheJoinerNamesNothing() {
		Answer alone = ask("¿Cuántos trabajadores migrantes participaron?");
		assertThat(alone.trace().entities()).as(why(alone)).noneMatch(e -> e.contains("workers"));
		Answer apart = ask("¿Cuántos trabajadores migrantes y parlamentarios participaron?");
		assertThat(apart.trace().entities()).as(why(apart)).noneMatch(e -> e.contains("workers"));
	}

	@Test
	void withoutTheListNamesOfTheCorpusTheWordNamesNoGroup() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/group.yml"), "\n      es: [trabajadores, trabajador]\n", "\n");
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)),
				"trabajadores y parlamentarios juntos, ¿cuántos eran?");
		assertThat(answer.trace().entities()).as(why(answer)).noneMatch(e -> e.contains("workers"));
	}

}
