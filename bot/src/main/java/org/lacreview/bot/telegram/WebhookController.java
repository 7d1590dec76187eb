package org.lacreview.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.problem.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook}: where Telegram delivers updates in webhook mode. Only a
 * request carrying the secret given to {@code setWebhook} is read (compared in constant
 * time); the update is queued and Telegram gets its 200 at once. Several app instances
 * behind one URL can share a bot this way.
 */
@RestController
@Conditional(TelegramTokenSet.class)
@ConditionalOnProperty(name = "chatbot.telegram.mode", havingValue = "webhook")
class WebhookController {

	static final String PATH = "/telegram/webhook";

	/**
	 * Telegram's types are Jackson 2 types, which Boot's Jackson 3 mapper cannot read.
	 */
	private static final ObjectMapper UPDATES = new ObjectMapper();

	private final UpdateDispatcher dispatcher;

	private final byte[] secret;

	WebhookController(UpdateDispatcher dispatcher, TelegramSettings settings) {
		this.dispatcher = dispatcher;
		this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Checks the secret header, and only then reads the body (capped by the request size
	 * filter): a stranger's body is never read. The body stream is taken from the request
	 * rather than with {@code @RequestBody}, which Spring would read in full before this
	 * method runs.
	 */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemDetail> receive(
			@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String given,
			HttpServletRequest request) throws IOException {
		if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
			return Problems.response(HttpStatus.FORBIDDEN, "forbidden",
					"missing or wrong X-Telegram-Bot-Api-Secret-Token");
		}
		Update update;
		try (InputStream body = request.getInputStream()) {
			update = UPDATES.readValue(body, Update.class);
		}
		catch (JsonProcessingException ex) {
			return notAnUpdate();
		}
		if (update == null || update.getUpdateId() == null) {
			return notAnUpdate();
		}
		if (!dispatcher.offer(update)) {
			return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "busy; send it again later");
		}
		return ResponseEntity.ok().build();
	}

	private static ResponseEntity<ProblemDetail> notAnUpdate() {
		return Problems.response(HttpStatus.BAD_REQUEST, "bad_request", "the body is not a Telegram update");
	}

}
