package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Section;

/**
 * Issue 13, item 5: the fallback is one sentence, its questions offered only as
 * suggestions (every channel shows them as buttons), and an answer's sources show each
 * link once.
 */
class ReplyWordingTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@Test
	void theFallbackIsOneSentenceAndItsQuestionsAreSuggestionsOnly() {
		Answer answer = engine.answer("¿Quién ganó la Copa América 2021?", LanguageHints.NONE, DialogState.EMPTY)
			.answer();
		assertThat(answer.answered()).isFalse();
		assertThat(answer.suggestions()).isNotEmpty();
		assertThat(answer.suggestions()).allSatisfy(q -> assertThat(answer.text()).doesNotContain(q));
		var messages = engine.corpus().messages();
		String reason = messages.unknownValue().in("es", List.of()).orElseThrow() + " "
				+ messages.fallbackSuggestions().in("es", List.of()).orElseThrow();
		assertThat(answer.text()).isIn(messages.fallback().in("es", List.of()).orElseThrow(), reason);
	}

	@Test
	void sourcesAreTitledInTheReplysLanguage() {
		Answer answer = engine.answer("Who organised the Regional Review?", LanguageHints.NONE, DialogState.EMPTY)
			.answer();
		assertThat(answer.language()).isEqualTo("en");
		assertThat(answer.sources()).isNotEmpty().allSatisfy(source -> {
			String english = engine.corpus()
				.section(source.id())
				.orElseThrow()
				.titles()
				.in("en", List.of())
				.orElseThrow();
			assertThat(source.title()).startsWith(english);
		});
	}

	@Test
	void sectionsThatShareALinkAreOneSource() {
		Intent intent = engine.corpus().intent("zoom_by_day").orElseThrow();
		long links = intent.sections()
			.stream()
			.map(id -> engine.corpus().section(id).orElseThrow())
			.map(Section::url)
			.map(url -> Objects.requireNonNullElse(url, engine.corpus().info().documentUrl()))
			.distinct()
			.count();
		Answer answer = engine
			.answer("¿Cuántos se conectaron por Zoom el 26 de abril?", LanguageHints.NONE, DialogState.EMPTY)
			.answer();
		assertThat(answer.intent()).isEqualTo("zoom_by_day");
		assertThat(answer.sources()).hasSize((int) links).extracting(Source::url).doesNotHaveDuplicates();
	}

}
