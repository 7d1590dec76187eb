package org.lacreview.bot.admin.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staff member's browser session as the page makes it: a cookie jar, and the CSRF
 * cookie echoed in a header.
 */
final class StaffSession {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RunningApp app;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	StaffSession(RunningApp app) {
		this.app = app;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	HttpResponse<String> signIn(String username, String password) {
		return send("POST", "/api/admin/session", Map.of("username", username, "password", password), false);
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null, false);
	}

	/**
	 * A change, with the CSRF token echoed (read first with
	 * {@code GET /api/admin/session}) unless told not to.
	 */
	HttpResponse<String> change(String method, String path, Object body, boolean withoutCsrf) {
		if (!withoutCsrf) {
			get("/api/admin/session");
		}
		return send(method, path, body, !withoutCsrf);
	}

	String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(String method, String path, Object body, boolean csrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		String token = cookie("XSRF-TOKEN");
		if (csrf && token != null) {
			request.header("X-XSRF-TOKEN", token);
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

}
