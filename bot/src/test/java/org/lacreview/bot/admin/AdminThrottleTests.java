package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.lacreview.bot.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Guessing the admin token: after ten wrong tokens in a minute, the guessing address is
 * refused (429 with Retry-After) even with the right token, while another address still
 * gets in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + AdminThrottleTests.TOKEN,
				TestCorpora.ON_MINI })
@DirtiesContext
class AdminThrottleTests {

	static final String TOKEN = "throttle-test-admin-token-0123456789";

	@LocalServerPort
	int port;

	/**
	 * The status line and headers of {@code GET /api/admin/corpus} sent from the local
	 * address {@code from}.
	 */
	private String get(String from, String token) throws IOException {
		try (Socket socket = new Socket()) {
			socket.setSoTimeout(20_000);
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/admin/corpus HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	@Test
	void tenWrongTokensFromOneAddressLockItOutForAWhileButNotOthers() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(status(get("127.0.0.3", "guess-" + i))).as("wrong token %d", i).isEqualTo(403);
		}
		String refused = get("127.0.0.3", TOKEN);
		assertThat(status(refused)).isEqualTo(429);
		String retryAfter = refused.lines()
			.filter(l -> l.regionMatches(true, 0, "Retry-After:", 0, 12))
			.findFirst()
			.orElseThrow()
			.substring(12)
			.strip();
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
		assertThat(refused).contains("\"status\":429").contains("\"error\":\"rate_limited\"");
		assertThat(status(get("127.0.0.3", "guess-again"))).isEqualTo(429);
		// Staff elsewhere are not locked out by someone else's guessing.
		assertThat(status(get("127.0.0.4", TOKEN))).isEqualTo(200);
	}

	@Test
	void aFewWrongTokensDoNotLockStaffOut() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(status(get("127.0.0.5", "typo-" + i))).isEqualTo(403);
		}
		assertThat(status(get("127.0.0.5", TOKEN))).isEqualTo(200);
	}

}
