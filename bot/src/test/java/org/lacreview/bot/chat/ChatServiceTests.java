package org.lacreview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.CorpusLoader;
import org.springframework.util.unit.DataSize;

class ChatServiceTests {

	static AnswerEngine engine;

	static AnswerEngine other;

	@BeforeAll
	static void build() {
		engine = AnswerEngine.build(CorpusLoader.load(Path.of("index/src/test/resources/corpora/mini")));
		other = AnswerEngine.build(CorpusLoader.load(Path.of("index/src/test/resources/corpora/mini")));
	}

	/** A web client, as the chat controller names it by its address. */
	static final Asker CLIENT = Asker.web("192.0.2.7");

	private final List<String> logged = new ArrayList<>();

	private ChatService service(LiveEngine live, int cache) {
		ChatSettings settings = new ChatSettings(Path.of("corpus"), 1000, 100, Duration.ofMinutes(30), cache,
				new ChatSettings.Memory(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), DataSize.ofMegabytes(1)));
		return new ChatService(live, new InMemoryConversationStore(settings),
				(asker, question, answer) -> logged
					.add(asker.channel() + ":" + asker.client() + ":" + question + ":" + answer.answered()),
				new ChatMetrics(new SimpleMeterRegistry(), live), settings);
	}

	@Test
	void theSameQuestionInTheSameStateIsAnsweredFromTheCacheUntilTheVersionChanges() {
		LiveEngine live = new LiveEngine(engine, 1);
		ChatService chat = service(live, 100);
		var first = chat.ask(CLIENT, "a", "¿Cuándo fue la reunión?", Optional.empty());
		var again = chat.ask(CLIENT, "b", "¿Cuándo fue la reunión?", Optional.empty());
		assertThat(again.answer()).isSameAs(first.answer());
		assertThat(again.messageId()).isNotEqualTo(first.messageId());

		live.replace(other, 2);
		assertThat(chat.ask(CLIENT, "c", "¿Cuándo fue la reunión?", Optional.empty()).answer())
			.isNotSameAs(first.answer());
	}

	@Test
	void aFollowUpDependsOnItsConversationNotOnTheCache() {
		ChatService chat = service(new LiveEngine(engine, 1), 100);
		chat.ask(CLIENT, "s1", "¿Cuántos participantes hubo vía Zoom el 26 de abril?", Optional.empty());
		assertThat(chat.ask(CLIENT, "s1", "¿y el 27?", Optional.empty()).answer().text()).contains("80");
		assertThat(chat.ask(CLIENT, "s2", "¿y el 27?", Optional.empty()).answer().answered()).isFalse();
	}

	@Test
	void withoutACacheEveryQuestionIsAnsweredAfreshAndEveryOneIsLogged() {
		ChatService chat = service(new LiveEngine(engine, 1), 0);
		var first = chat.ask(CLIENT, "a", "¿Cuándo fue la reunión?", Optional.empty());
		assertThat(chat.ask(CLIENT, "b", "¿Cuándo fue la reunión?", Optional.empty()).answer())
			.isNotSameAs(first.answer());
		assertThat(logged).containsExactly("web:192.0.2.7:¿Cuándo fue la reunión?:true",
				"web:192.0.2.7:¿Cuándo fue la reunión?:true");
	}

	/**
	 * Issue 11: each request with a new session id and a long question was kept whole in
	 * three caches sized by count alone (100,000 sessions), and 35,000 of them filled a
	 * 256 MB heap. A hundred and fifty such requests against small budgets must leave
	 * every cache within its budget, and ordinary questions answered.
	 */
	@Test
	void aFloodOfNewSessionsWithLongQuestionsStaysWithinTheMemoryBudgetsAndOrdinaryQuestionsAreStillAnswered() {
		DataSize conversationBudget = DataSize.ofKilobytes(32);
		DataSize answersBudget = DataSize.ofKilobytes(32);
		DataSize answeredBudget = DataSize.ofKilobytes(16);
		// The production counts: only the byte budgets differ.
		ChatSettings settings = new ChatSettings(Path.of("corpus"), 1000, 100_000, Duration.ofMinutes(30), 10_000,
				new ChatSettings.Memory(conversationBudget, answersBudget, answeredBudget));
		LiveEngine live = new LiveEngine(engine, 1);
		InMemoryConversationStore conversations = new InMemoryConversationStore(settings);
		ChatService chat = new ChatService(live, conversations, (asker, question, answer) -> {
		}, new ChatMetrics(new SimpleMeterRegistry(), live), settings);
		Random random = new Random(11);

		for (int i = 0; i < 150; i++) {
			chat.ask(CLIENT, UUID.randomUUID().toString(), randomWords(random, 1000), Optional.empty());
		}

		assertThat(conversations.bytes()).isLessThanOrEqualTo(conversationBudget.toBytes());
		assertThat(chat.bytes()).isLessThanOrEqualTo(answersBudget.toBytes() + answeredBudget.toBytes());
		var ordinary = chat.ask(CLIENT, UUID.randomUUID().toString(), "¿Cuándo fue la reunión?", Optional.empty());
		assertThat(ordinary.answer().answered()).isTrue();
	}

	@Test
	void feedbackAttributionKeepsOnlyTheStartOfALongQuestion() {
		ChatService chat = service(new LiveEngine(engine, 1), 100);
		String question = "¿Cuándo fue la reunión? " + "x".repeat(AnsweredMessage.QUESTION_CHARS);
		var answered = chat.ask(CLIENT, "s", question, Optional.empty());
		assertThat(chat.answered(answered.messageId()).orElseThrow().question())
			.isEqualTo(question.substring(0, AnsweredMessage.QUESTION_CHARS));
	}

	private static String randomWords(Random random, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			for (int letters = 2 + random.nextInt(9); letters > 0; letters--) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			text.append(' ');
		}
		return text.substring(0, length);
	}

}
