package org.lacreview.bot.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/chat}: one question in, one answer out. The checks are written here
 * rather than with Bean Validation because each needs its own message and the language
 * must be one the live corpus has. The optional {@code language} (the widget's
 * {@code data-lang}) is a hint for the reply's language when neither the question nor the
 * conversation tells it; a question clearly written in another language is understood and
 * answered in that one.
 */
@RestController
class ChatController {

	static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final ChatService chat;

	private final ChatSettings settings;

	private final RateLimiter limiter;

	private final ClientAddress clients;

	ChatController(ChatService chat, ChatSettings settings, RateLimiter limiter, ClientAddress clients) {
		this.chat = chat;
		this.settings = settings;
		this.limiter = limiter;
		this.clients = clients;
	}

	@PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ChatResponse chat(@RequestBody ChatRequest request, HttpServletRequest http) {
		String message = request.message();
		if (message == null || message.isBlank()) {
			throw new BadRequestException("'message' is missing or blank");
		}
		if (message.length() > settings.maxMessageLength()) {
			throw new BadRequestException("'message' is longer than " + settings.maxMessageLength() + " characters");
		}
		if (message.indexOf('\0') >= 0) {
			// PostgreSQL cannot store NUL in text, and no question needs one.
			throw new BadRequestException("'message' must not contain the NUL character");
		}
		String sessionId = request.sessionId() == null ? UUID.randomUUID().toString() : request.sessionId();
		if (!SESSION_ID.matcher(sessionId).matches()) {
			throw new BadRequestException("'sessionId' must be 1 to 100 letters, digits or . _ : -");
		}
		String client = clients.limitKey(http);
		limiter.acquire(client, request.sessionId());
		Optional<String> language = Optional.ofNullable(request.language()).filter(l -> !l.isBlank());
		if (language.isPresent() && !chat.languages().contains(language.get())) {
			throw new BadRequestException(
					"'language' must be one of " + chat.languages() + ", not '" + language.get() + "'");
		}
		ChatService.Answered answered = chat.ask(Asker.web(client), sessionId, message, language);
		return ChatResponse.of(sessionId, answered.messageId(), answered.answer());
	}

}
