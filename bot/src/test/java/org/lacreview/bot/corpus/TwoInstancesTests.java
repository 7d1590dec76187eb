package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/**
 * Two instances sharing one PostgreSQL database, as behind a load balancer: a version
 * published through one is served by the other within 10 s, and a conversation continues
 * on whichever instance answers, with the values its last answer listed.
 */
@OnPostgres
class TwoInstancesTests {

	@Test
	void aVersionPublishedThroughOneInstanceIsServedByTheOtherAndConversationsMoveBetweenThem()
			throws InterruptedException {
		String[] shared = RunningApp.postgres(TestPostgres.newDatabase(), "chatbot.context.store=database",
				"chatbot.publishing.poll-interval=1s");
		try (RunningApp a = RunningApp.start(shared); RunningApp b = RunningApp.start(shared)) {
			assertThat(b.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(1);

			assertThat(a.chat("s-1", "¿Cuántos se conectaron por Zoom el 26 de abril?").path("answer").asString())
				.contains("691");
			assertThat(b.chat("s-1", "¿y el 27?").path("answer").asString()).contains("608");
			// The people an answer listed travel with the conversation too: "the second"
			// is the second of them.
			assertThat(a.chat("s-2", "¿Quién inauguró la reunión?").path("answer").asString()).contains("Vitorino");
			assertThat(b.chat("s-2", "¿y qué cargo tiene el segundo?").path("answer").asString())
				.startsWith("António Vitorino");
			// So do the values of the turn before the last: the difference is between
			// the two answers' figures.
			assertThat(a.chat("s-3", "Quantos assistiram pelo YouTube?").path("answer").asString()).contains("782");
			assertThat(b.chat("s-3", "e pelo Zoom no primeiro dia?").path("answer").asString()).contains("691");
			assertThat(a.chat("s-3", "qual a diferença?").path("answer").asString()).contains("782 − 691 = 91");

			assertThat(a.publish(PersistenceTests.CHANGED).statusCode()).isEqualTo(201);
			Instant published = Instant.now();
			Instant deadline = published.plus(Duration.ofSeconds(10));
			String answer = "";
			while (Instant.now().isBefore(deadline) && !answer.contains("PERSISTE-1")) {
				answer = b.chat(null, "¿Cuándo fue la reunión?").path("answer").asString();
				// Asking without a pause would take the CPU from the build it waits for.
				Thread.sleep(100);
			}
			assertThat(answer).as("the other instance's answer within 10 s").contains("PERSISTE-1");
			assertThat(b.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(2);
		}
	}

}
