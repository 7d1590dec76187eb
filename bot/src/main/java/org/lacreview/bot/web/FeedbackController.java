package org.lacreview.bot.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.chat.AnsweredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.lacreview.bot.feedback.Feedback;
import org.lacreview.bot.feedback.FeedbackSettings;
import org.lacreview.bot.feedback.FeedbackStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/feedback}: 👍/👎 on an answer, by its message id (the question and
 * intent are then the server's own record of what it answered) or by the question text.
 */
@RestController
class FeedbackController {

	private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

	private final ChatService chat;

	private final FeedbackStore store;

	private final ChatSettings chatSettings;

	private final FeedbackSettings settings;

	private final Clock clock;

	private final RateLimiter limiter;

	private final ClientAddress clients;

	FeedbackController(ChatService chat, FeedbackStore store, ChatSettings chatSettings, FeedbackSettings settings,
			RateLimiter limiter, ClientAddress clients) {
		this.limiter = limiter;
		this.clients = clients;
		this.chat = chat;
		this.store = store;
		this.chatSettings = chatSettings;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	/** What a recorded vote answers: {@code {"status": "recorded"}}. */
	record Recorded(String status) {

		static final Recorded RECORDED = new Recorded("recorded");

	}

	@PostMapping(path = "/api/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Recorded feedback(@RequestBody FeedbackRequest request, HttpServletRequest http) {
		if (request.helpful() == null) {
			throw new BadRequestException("'helpful' must be true or false");
		}
		if (request.sessionId() != null && !ChatController.SESSION_ID.matcher(request.sessionId()).matches()) {
			throw new BadRequestException("'sessionId' must be 1 to 100 letters, digits or . _ : -");
		}
		if (request.messageId() != null && !request.messageId().isBlank()
				&& !ChatController.SESSION_ID.matcher(request.messageId()).matches()) {
			// Message ids are UUIDs; anything longer or stranger would only fail in the
			// database.
			throw new BadRequestException("'messageId' must be 1 to 100 letters, digits or . _ : -");
		}
		for (String text : new String[] { request.question(), request.comment() }) {
			if (text != null && text.indexOf('\0') >= 0) {
				throw new BadRequestException("'question' and 'comment' must not contain the NUL character");
			}
		}
		limiter.acquire(clients.limitKey(http), request.sessionId());
		Optional<String> messageId = Optional.ofNullable(request.messageId()).filter(id -> !id.isBlank());
		Optional<AnsweredMessage> answered = messageId.flatMap(chat::answered);
		String question = answered.map(AnsweredMessage::question)
			.orElse(Optional.ofNullable(request.question()).map(String::strip).orElse(""));
		if (question.isEmpty()) {
			throw new BadRequestException("give the 'messageId' of a recent answer or the 'question' it answered");
		}
		if (question.length() > chatSettings.maxMessageLength()) {
			throw new BadRequestException(
					"'question' is longer than " + chatSettings.maxMessageLength() + " characters");
		}
		Optional<String> comment = Optional.ofNullable(request.comment()).map(String::strip).filter(c -> !c.isEmpty());
		if (comment.map(String::length).orElse(0) > settings.maxCommentLength()) {
			throw new BadRequestException("'comment' is longer than " + settings.maxCommentLength() + " characters");
		}
		try {
			store.add(new Feedback(clock.instant(), messageId, answered.map(AnsweredMessage::intent), question,
					request.helpful(), comment));
		}
		catch (DataAccessException ex) {
			// The database is away: say so (the widget offers to retry) rather than fail
			// with a 500.
			log.warn("feedback not recorded, the database is unavailable: {}", ex.getClass().getSimpleName());
			throw new UnavailableException("feedback cannot be recorded right now; please try again later");
		}
		return Recorded.RECORDED;
	}

}
