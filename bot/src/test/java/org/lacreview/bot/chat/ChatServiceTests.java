package org.lacreview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.CorpusLoader;

class ChatServiceTests {

	static AnswerEngine engine;

	static AnswerEngine other;

	@BeforeAll
	static void build() {
		engine = AnswerEngine.build(CorpusLoader.load(Path.of("index/src/test/resources/corpora/mini")));
		other = AnswerEngine.build(CorpusLoader.load(Path.of("index/src/test/resources/corpora/mini")));
	}

	private final List<String> logged = new ArrayList<>();

	private ChatService service(LiveEngine live, int cache) {
		ChatSettings settings = new ChatSettings(Path.of("corpus"), 1000, 100, Duration.ofMinutes(30), cache);
		return new ChatService(live, new InMemoryConversationStore(settings),
				(channel, question, answer) -> logged.add(channel + ":" + question + ":" + answer.answered()),
				new ChatMetrics(new SimpleMeterRegistry(), live), settings);
	}

	@Test
	void theSameQuestionInTheSameStateIsAnsweredFromTheCacheUntilTheVersionChanges() {
		LiveEngine live = new LiveEngine(engine, 1);
		ChatService chat = service(live, 100);
		var first = chat.ask("a", "¿Cuándo fue la reunión?", Optional.empty());
		var again = chat.ask("b", "¿Cuándo fue la reunión?", Optional.empty());
		assertThat(again.answer()).isSameAs(first.answer());
		assertThat(again.messageId()).isNotEqualTo(first.messageId());

		live.replace(other, 2);
		assertThat(chat.ask("c", "¿Cuándo fue la reunión?", Optional.empty()).answer()).isNotSameAs(first.answer());
	}

	@Test
	void aFollowUpDependsOnItsConversationNotOnTheCache() {
		ChatService chat = service(new LiveEngine(engine, 1), 100);
		chat.ask("s1", "¿Cuántos participantes hubo vía Zoom el 26 de abril?", Optional.empty());
		assertThat(chat.ask("s1", "¿y el 27?", Optional.empty()).answer().text()).contains("80");
		assertThat(chat.ask("s2", "¿y el 27?", Optional.empty()).answer().answered()).isFalse();
	}

	@Test
	void withoutACacheEveryQuestionIsAnsweredAfreshAndEveryOneIsLogged() {
		ChatService chat = service(new LiveEngine(engine, 1), 0);
		var first = chat.ask("a", "¿Cuándo fue la reunión?", Optional.empty());
		assertThat(chat.ask("b", "¿Cuándo fue la reunión?", Optional.empty()).answer()).isNotSameAs(first.answer());
		assertThat(logged).containsExactly("web:¿Cuándo fue la reunión?:true", "web:¿Cuándo fue la reunión?:true");
	}
}
