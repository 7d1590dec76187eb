package org.lacreview.bot.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff accounts on the real app, on each database ({@link StaffAccountsOnH2Tests},
 * {@link StaffAccountsOnPostgresTests}): the first admin from the environment, signing in
 * with a session cookie, CSRF on changes, roles (an editor cannot publish, only admins
 * manage accounts), never without an admin, and the audit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffAccountsContract {

	private static final String ADMIN_PASSWORD = "first-admin-passphrase";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RunningApp app;

	/** The properties that point the app at its database. */
	abstract String[] database();

	@BeforeAll
	void start() {
		List<String> properties = new ArrayList<>(List.of(database()));
		properties.addAll(List.of("chatbot.admin.user=ana", "chatbot.admin.password=" + ADMIN_PASSWORD,
				"chatbot.admin.max-failures=3"));
		app = RunningApp.onMini(properties.toArray(String[]::new));
	}

	@AfterAll
	void stop() {
		app.close();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@Test
	void theFirstAdminSignsInAndTheSessionCookieIsHttpOnlyAndSameSiteStrict() {
		StaffSession ana = new StaffSession(app);

		HttpResponse<String> signedIn = ana.signIn("ana", ADMIN_PASSWORD);

		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(json(signedIn).path("role").asString()).isEqualTo("admin");
		String cookie = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("STAFF_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
		assertThat(json(ana.get("/api/admin/session")).path("username").asString()).isEqualTo("ana");
		assertThat(ana.change("DELETE", "/api/admin/session", null, false).statusCode()).isEqualTo(204);
		assertThat(ana.get("/api/admin/session").statusCode()).isEqualTo(401);
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() {
		StaffSession ana = new StaffSession(app);
		ana.signIn("ana", ADMIN_PASSWORD);

		HttpResponse<String> forged = ana.change("POST", "/api/admin/draft/intents/meeting_dates/examples",
				Map.of("language", "es", "text", "pregunta falsificada"), true);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(ana
			.change("POST", "/api/admin/draft/intents/meeting_dates/examples",
					Map.of("language", "es", "text", "¿qué fechas?"), false)
			.statusCode()).isEqualTo(201);
		ana.change("DELETE", "/api/admin/draft", null, false);
	}

	@Test
	void anEditorEditsButCannotPublishOrManageAccountsAndAPublisherPublishes() {
		StaffSession ana = new StaffSession(app);
		ana.signIn("ana", ADMIN_PASSWORD);
		assertThat(ana
			.change("POST", "/api/admin/accounts",
					Map.of("username", "eva", "password", "editor-passphrase", "role", "editor"), false)
			.statusCode()).isEqualTo(201);
		assertThat(ana
			.change("POST", "/api/admin/accounts",
					Map.of("username", "pablo", "password", "publisher-pass", "role", "publisher"), false)
			.statusCode()).isEqualTo(201);

		StaffSession eva = new StaffSession(app);
		assertThat(eva.signIn("eva", "editor-passphrase").statusCode()).isEqualTo(200);
		assertThat(eva
			.change("POST", "/api/admin/draft/intents/meeting_dates/examples",
					Map.of("language", "en", "text", "when exactly?"), false)
			.statusCode()).isEqualTo(201);
		assertThat(eva.change("POST", "/api/admin/draft/publish", null, false).statusCode()).isEqualTo(403);
		assertThat(eva.change("POST", "/api/admin/corpus/rollback", null, false).statusCode()).isEqualTo(403);
		assertThat(eva.get("/api/admin/accounts").statusCode()).isEqualTo(403);

		StaffSession pablo = new StaffSession(app);
		pablo.signIn("pablo", "publisher-pass");
		HttpResponse<String> published = pablo.change("POST", "/api/admin/draft/publish", null, false);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		assertThat(json(published).path("version").path("author").asString()).isEqualTo("pablo");

		List<JsonNode> audit = List.copyOf(json(ana.get("/api/admin/audit")).valueStream().toList());
		assertThat(audit.stream().map(e -> e.path("actor").asString() + " " + e.path("action").asString()))
			.contains("pablo draft.publish", "eva draft.example.add", "ana account.create");
	}

	@Test
	void theLastAdminCannotBeDemotedOrDeletedAndBadValuesAreRefused() {
		StaffSession ana = new StaffSession(app);
		ana.signIn("ana", ADMIN_PASSWORD);

		assertThat(ana.change("PUT", "/api/admin/accounts/ana", Map.of("role", "editor"), false).statusCode())
			.isEqualTo(409);
		assertThat(ana.change("DELETE", "/api/admin/accounts/ana", null, false).statusCode()).isEqualTo(409);
		HttpResponse<String> shortPassword = ana.change("POST", "/api/admin/accounts",
				Map.of("username", "luis", "password", "short", "role", "editor"), false);
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(json(shortPassword).path("detail").asString()).contains("password");
		assertThat(ana
			.change("POST", "/api/admin/accounts",
					Map.of("username", "luis", "password", "long-enough-pass", "role", "boss"), false)
			.statusCode()).isEqualTo(400);
		assertThat(ana.change("PUT", "/api/admin/accounts/nobody", Map.of("role", "editor"), false).statusCode())
			.isEqualTo(404);
	}

	@Test
	void wrongPasswordsAreRefusedThenThrottled() {
		StaffSession guesser = new StaffSession(app);
		for (int i = 0; i < 3; i++) {
			assertThat(guesser.signIn("ghost", "wrong-password-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> throttled = guesser.signIn("ghost", "any-password-at-all");
		assertThat(new StaffSession(app).signIn("ana", ADMIN_PASSWORD).statusCode())
			.as("another account from that address")
			.isEqualTo(200);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
	}

}
