package org.lacreview.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.RunningApp;

/**
 * Slow clients against an app with only 8 worker threads and 24 connections: one address
 * trickling bodies or headers on many connections must not stop the server answering
 * everyone else. Attackers connect from 127.0.0.2 and up (one address per test), the
 * ordinary user from 127.0.0.1; every attack is a few dozen sockets for a few seconds.
 */
class SlowClientTests {

	private static final String CHAT = "{\"message\": \"¿Cuándo fue la reunión?\"}";

	private static RunningApp app;

	private static int port;

	private final List<RawConnection> attackers = new CopyOnWriteArrayList<>();

	private ScheduledExecutorService trickle;

	@BeforeAll
	static void start() {
		app = RunningApp.onMini("server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=8",
				"server.tomcat.max-connections=24", "chatbot.web.max-in-flight-per-client=4",
				"chatbot.web.max-connections-per-client=6", "chatbot.web.body-deadline=2s",
				"chatbot.web.body-read-timeout=1s");
		port = URI.create(app.url("/")).getPort();
		assertThat(ordinaryQuestion().statusCode()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void startTrickle() {
		trickle = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "slow-client"));
		// One space every 300 ms on every attacking connection (valid inside a JSON
		// object and a header value):
		// never idle long enough for a read timeout.
		trickle.scheduleWithFixedDelay(() -> attackers.forEach(c -> c.send(" ")), 300, 300, TimeUnit.MILLISECONDS);
	}

	@AfterEach
	void stopAttack() throws IOException {
		trickle.shutdownNow();
		for (RawConnection connection : attackers) {
			connection.close();
		}
	}

	/** An ordinary question from 127.0.0.1, given at most 5 s. */
	private static HttpResponse<String> ordinaryQuestion() {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/api/chat")))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(CHAT));
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError("the ordinary question was not answered: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private RawConnection attacker(String source, String start) throws IOException {
		RawConnection connection = new RawConnection(source, port);
		attackers.add(connection);
		connection.send(start);
		return connection;
	}

	private static String slowPost(String path, int contentLength) {
		return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
				+ contentLength + "\r\n\r\n";
	}

	@Test
	void thirtySlowBodiesFromOneAddressLeaveWorkersForEveryoneElse() throws Exception {
		for (int i = 0; i < 30; i++) {
			attacker("127.0.0.2", slowPost(i % 2 == 0 ? "/api/chat" : "/api/feedback", 100));
		}
		Thread.sleep(1000);
		assertThat(ordinaryQuestion().statusCode()).isEqualTo(200);
	}

	@Test
	void thirtySlowHeadersFromOneAddressDoNotFillTheConnector() throws Exception {
		for (int i = 0; i < 30; i++) {
			attacker("127.0.0.3", "GET /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
		}
		Thread.sleep(1000);
		assertThat(ordinaryQuestion().statusCode()).isEqualTo(200);
		long closed = 0;
		for (RawConnection connection : attackers) {
			closed += connection.closedWithin(50) ? 1 : 0;
		}
		assertThat(closed).as("connections over the per-address cap of 6 closed at once").isGreaterThanOrEqualTo(20);
		assertThat(app.bean(MeterRegistry.class).get("chatbot.http.connections.refused").functionCounter().count())
			.isGreaterThanOrEqualTo(20);
	}

	@Test
	void aBodyStillTricklingAfterTheDeadlineIsAnswered408() throws Exception {
		RawConnection slow = attacker("127.0.0.4", slowPost("/api/chat", 100) + "{");
		long start = System.nanoTime();
		assertThat(slow.status(6000)).isEqualTo(408);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aBodyNobodyReadsIsNotSwallowedAtTheClientsPace() throws Exception {
		RawConnection slow = attacker("127.0.0.5", slowPost("/no-such-path", 1000) + "{");
		assertThat(slow.status(3000)).isEqualTo(404);
		assertThat(slow.closedWithin(3000)).as("the server closes instead of reading 1,000 bytes at 3 a second")
			.isTrue();
	}

	@Test
	void aFifthRequestInProgressFromOneAddressIsRefusedBeforeItsBodyIsRead() throws Exception {
		for (int i = 0; i < 4; i++) {
			attacker("127.0.0.6", slowPost("/api/chat", 100));
		}
		Thread.sleep(500);
		RawConnection fifth = new RawConnection("127.0.0.6", port);
		attackers.add(fifth);
		fifth.send(slowPost("/api/chat", 100));
		assertThat(fifth.status(2000)).isEqualTo(429);
	}

}
