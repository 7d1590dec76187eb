package org.lacreview.bot.draft;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draft API as a staff script uses it, on one running instance, with the admin token.
 */
final class DraftClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RunningApp app;

	DraftClient(RunningApp app) {
		this.app = app;
	}

	HttpResponse<String> get(String path) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path))), true);
	}

	HttpResponse<String> delete(String path, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).DELETE();
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return app.send(request, true);
	}

	HttpResponse<String> put(String path, String ifMatch, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return app.send(request, true);
	}

	HttpResponse<String> post(String path, Object body) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path)))
			.header("Content-Type", "application/json")
			.POST(body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
				true);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Deletes the draft if there is one, so that a test starts from the live version. */
	void discard() {
		delete("/api/admin/draft", null);
	}

}
