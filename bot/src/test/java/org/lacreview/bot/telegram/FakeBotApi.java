package org.lacreview.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server on 127.0.0.1 for tests: serves the methods the bot calls, hands out
 * queued updates to {@code getUpdates} (holding the request briefly, as long polling
 * does), records every call, and can answer the next call of a method with an error.
 */
final class FakeBotApi implements AutoCloseable {

	static final long BOT_ID = 4242;

	static final String BOT_USERNAME = "review_bot";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * A call the bot made: method (lower case), request body, HTTP status answered, when.
	 */
	record Call(String method, String body, int status, Instant at) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("not JSON: " + body, ex);
			}
		}

		String text() {
			return json().path("text").asText();
		}

		String chatId() {
			return json().path("chat_id").asText();
		}
	}

	private record Failure(int status, String body) {
	}

	private final HttpServer server;

	private final LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

	private final AtomicInteger messageIds = new AtomicInteger(1000);

	/**
	 * Calls of these methods are held until {@link #release()}: a Telegram that accepts
	 * and never answers.
	 */
	private final Map<String, java.util.concurrent.CountDownLatch> hanging = new ConcurrentHashMap<>();

	/** How many calls are being held now. */
	private final AtomicInteger held = new AtomicInteger();

	private final AtomicInteger updateIds = new AtomicInteger(1);

	/** Methods answered 502 for now. */
	private final java.util.Set<String> down = ConcurrentHashMap.newKeySet();

	FakeBotApi() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/", this::serve);
		server.setExecutor(Executors.newCachedThreadPool(task -> new Thread(task, "fake-bot-api")));
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * Queues an update (its {@code update_id} is filled in) for the next
	 * {@code getUpdates}; returns it whole.
	 */
	String enqueue(String updateWithoutId) {
		String update = "{\"update_id\":" + updateIds.getAndIncrement() + "," + updateWithoutId.strip().substring(1);
		updates.add(update);
		return update;
	}

	/**
	 * Queues whole updates (ids included, repeats allowed) to be handed out together by
	 * one {@code getUpdates}.
	 */
	void deliverTogether(String... wholeUpdates) {
		updates.add(String.join(",", wholeUpdates));
	}

	/**
	 * Answers every call of {@code method} with 502, as a Telegram that cannot be
	 * reached, until {@link #up()}.
	 */
	void down(String method) {
		down.add(method.toLowerCase(Locale.ROOT));
	}

	void up() {
		down.clear();
	}

	int nextUpdateId() {
		return updateIds.getAndIncrement();
	}

	/**
	 * Answers the next call of {@code method} with {@code status} and {@code body}
	 * instead of success.
	 */
	void failNext(String method, int status, String body) {
		failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedDeque<>())
			.add(new Failure(status, body));
	}

	/** Holds every call of {@code method} until {@link #release()}. */
	void hang(String method) {
		hanging.put(method.toLowerCase(Locale.ROOT), new java.util.concurrent.CountDownLatch(1));
	}

	void release() {
		hanging.values().forEach(java.util.concurrent.CountDownLatch::countDown);
		hanging.clear();
	}

	int held() {
		return held.get();
	}

	List<Call> calls(String method) {
		return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
	}

	/** Successful {@code sendMessage} calls to {@code chatId}. */
	List<Call> sent(long chatId) {
		return calls("sendmessage").stream()
			.filter(c -> c.status() == 200 && c.chatId().equals(Long.toString(chatId)))
			.toList();
	}

	/** Waits until {@code count} messages reached {@code chatId}, and returns them. */
	List<Call> awaitSent(long chatId, int count) {
		return await(() -> sent(chatId), list -> list.size() >= count, Duration.ofSeconds(20));
	}

	static <T> T await(java.util.function.Supplier<T> value, Predicate<T> done, Duration timeout) {
		Instant end = Instant.now().plus(timeout);
		T current = value.get();
		while (!done.test(current)) {
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("timed out waiting; last seen: " + current);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			current = value.get();
		}
		return current;
	}

	private void serve(HttpExchange exchange) throws IOException {
		String[] path = exchange.getRequestURI().getPath().split("/");
		String method = path.length > 0 ? path[path.length - 1].toLowerCase(Locale.ROOT) : "";
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		java.util.concurrent.CountDownLatch hold = hanging.get(method);
		if (hold != null) {
			held.incrementAndGet();
			try {
				hold.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				held.decrementAndGet();
			}
		}
		Failure failure = down.contains(method)
				? new Failure(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")
				: failures.getOrDefault(method, new ConcurrentLinkedDeque<>()).poll();
		if (failure != null) {
			calls.add(new Call(method, body, failure.status(), Instant.now()));
			respond(exchange, failure.status(), failure.body());
			return;
		}
		String result = switch (method) {
			case "getme" -> "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Review\",\"username\":\""
					+ BOT_USERNAME + "\"}";
			case "getupdates" -> pendingUpdates();
			case "sendmessage" -> sentMessage(body);
			case "deletewebhook", "setwebhook", "setmycommands", "answercallbackquery" -> "true";
			default -> null;
		};
		if (!method.equals("getupdates")) {
			calls.add(new Call(method, body, result == null ? 404 : 200, Instant.now()));
		}
		if (result == null) {
			respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
			return;
		}
		respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
	}

	private String pendingUpdates() {
		List<String> batch = new ArrayList<>();
		try {
			String first = updates.poll(300, TimeUnit.MILLISECONDS);
			if (first != null) {
				batch.add(first);
				updates.drainTo(batch);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "[" + String.join(",", batch) + "]";
	}

	private String sentMessage(String body) throws IOException {
		JsonNode request = JSON.readTree(body);
		Map<String, Object> message = Map.of("message_id", messageIds.incrementAndGet(), "date", 1_700_000_000, "chat",
				Map.of("id", request.path("chat_id").asLong(), "type", "private"), "text",
				request.path("text").asText());
		return JSON.writeValueAsString(message);
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
