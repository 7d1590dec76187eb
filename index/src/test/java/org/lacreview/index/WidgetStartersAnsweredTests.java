package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: the widget sends a starter as if typed, so every starter of the bundled
 * corpus is answered, in the language it is written in.
 */
class WidgetStartersAnsweredTests {

	@Test
	void everyStarterOfTheBundledCorpusIsAnsweredInItsLanguage() {
		AnswerEngine engine = BundledEngine.get();
		for (String language : engine.corpus().info().languages()) {
			List<String> starters = engine.corpus().messages().widgetStartersIn(language, List.of());
			assertThat(starters).as(language).hasSizeBetween(1, 6);
			assertThat(starters).allSatisfy(question -> {
				Answer answer = BundledEngine.ask(engine, question);
				assertThat(answer.answered()).as(question).isTrue();
				assertThat(answer.language()).as(question).isEqualTo(language);
			});
		}
	}

}
