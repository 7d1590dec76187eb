package org.lacreview.bot.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.ProblemAssertions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Without an admin token and without staff accounts (a database of its own, so that no
 * other test's accounts count), the admin API answers 404 as a problem, whatever it is
 * sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=", "chatbot.admin.user=",
				"chatbot.admin.password=",
				"spring.datasource.url=jdbc:h2:mem:staff-tools-off;DB_CLOSE_DELAY=-1;MODE=PostgreSQL" })
@DirtiesContext
class StaffToolsOffTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNotFound(HttpResponse<String> response) {
		ProblemAssertions.assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), 404, "not_found");
	}

	@Test
	void theAdminApiIsANotFoundProblemWhenTheStaffToolsAreOff() throws Exception {
		assertNotFound(get("/api/admin/corpus", null));
		assertNotFound(get("/api/admin/stats", "Bearer some-guessed-token-0123456789abcdef"));
	}

}
