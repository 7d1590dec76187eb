package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.RunningApp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, item 7: one client could use up its channel's whole budget of new unanswered
 * questions, and the questions of everyone else were then dropped. Through
 * {@code /api/chat}, from two local addresses: the first one's new questions stop at its
 * own cap, and the other's question is still kept.
 */
class UnansweredPerClientTests {

	/**
	 * Posts one question to {@code /api/chat} from the local address {@code from};
	 * returns the status.
	 */
	private static int chatFrom(RunningApp app, String from, String message) throws IOException {
		URI url = URI.create(app.url("/api/chat"));
		byte[] body = ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.setSoTimeout(20_000);
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName(url.getHost()), url.getPort()), 5_000);
			OutputStream out = socket.getOutputStream();
			out.write(
					("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
							+ body.length + "\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Integer.parseInt(response.substring(9, 12));
		}
	}

	@Test
	void oneAddressFillsOnlyItsOwnShareOfNewQuestionsAndAnotherAddressIsStillHeard() throws Exception {
		// The channel's backstop is above one client's cap: the flood meets the client
		// cap first.
		try (RunningApp app = RunningApp.onMini("chatbot.unanswered.max-new-per-channel=30",
				"chatbot.unanswered.max-new-per-client=20")) {
			for (int i = 0; i < 40; i++) {
				assertThat(chatFrom(app, "127.0.0.2", "zqx wvk plorth " + i)).isEqualTo(200);
			}
			assertThat(chatFrom(app, "127.0.0.3", "zqx brumfel snartok")).isEqualTo(200);
			app.bean(UnansweredLog.class).flush();

			JdbcClient jdbc = app.bean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from unanswered_question where normalised like 'zqx wvk plorth %'")
				.query(Integer.class)
				.single()).isEqualTo(20);
			assertThat(jdbc.sql("select count(*) from unanswered_question where normalised = 'zqx brumfel snartok'")
				.query(Integer.class)
				.single()).isEqualTo(1);
			Counter client = app.bean(MeterRegistry.class)
				.find("chatbot.unanswered.dropped")
				.tag("reason", "client")
				.counter();
			assertThat(client).isNotNull();
			assertThat(client.count()).isEqualTo(20);
		}
	}

}
