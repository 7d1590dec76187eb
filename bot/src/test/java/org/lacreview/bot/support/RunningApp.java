package org.lacreview.bot.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.lacreview.bot.BotApplication;
import org.lacreview.bot.corpus.EarlyBundledCorpus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole app started in the test JVM on a random port of 127.0.0.1, as an instance of
 * a deployment: several can run at once against one database, and one can be stopped and
 * started again.
 */
public final class RunningApp implements AutoCloseable {

	public static final String ADMIN_TOKEN = "running-app-admin-token-0123456789abcdef";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance; {@code properties} (name=value) override the defaults, e.g. the
	 * datasource.
	 */
	public static RunningApp start(String... properties) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--server.address=127.0.0.1", "--chatbot.admin.token=" + ADMIN_TOKEN));
		for (String property : properties) {
			args.add("--" + property);
		}
		// As BotApplication.main starts it: with the bundled corpus built while Spring
		// starts.
		SpringApplication app = new SpringApplication(BotApplication.class);
		app.addInitializers(new EarlyBundledCorpus());
		return new RunningApp(app.run(args.toArray(String[]::new)));
	}

	/**
	 * As {@link #start}, on the mini corpus ({@link TestCorpora#MINI}): for tests about
	 * something other than what the bundled corpus answers.
	 */
	public static RunningApp onMini(String... properties) {
		String[] all = Arrays.copyOf(properties, properties.length + 1);
		all[properties.length] = TestCorpora.ON_MINI;
		return start(all);
	}

	/** Properties that point an instance at PostgreSQL database {@code url}. */
	public static String[] postgres(String url, String... more) {
		List<String> properties = new ArrayList<>(List.of("spring.profiles.active=postgres",
				"spring.datasource.url=" + url, "spring.datasource.username=" + TestPostgres.USER,
				"spring.datasource.password=" + TestPostgres.PASSWORD));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private URI uri(String path) {
		return URI.create(url(path));
	}

	public String url(String path) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return "http://127.0.0.1:" + port + path;
	}

	/** Asks the chat API; returns the response's JSON. */
	public JsonNode chat(String sessionId, String message) {
		Map<String, String> body = sessionId == null ? Map.of("message", message)
				: Map.of("sessionId", sessionId, "message", message);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), false);
		return JSON.readTree(response.body());
	}

	/** POSTs {@code json} to a public endpoint. */
	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), false);
	}

	/** Uploads a corpus zip through the admin API. */
	public HttpResponse<String> publish(byte[] zip) {
		return send(HttpRequest.newBuilder(uri("/api/admin/corpus?author=test"))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip)), true);
	}

	/** A GET on the admin API, as JSON. */
	public JsonNode admin(String path) {
		return JSON.readTree(send(HttpRequest.newBuilder(uri(path)), true).body());
	}

	public HttpResponse<String> send(HttpRequest.Builder request, boolean admin) {
		if (admin) {
			request.header("Authorization", "Bearer " + ADMIN_TOKEN);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
