package org.lacreview.bot.admin;

import java.util.Optional;

import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/try}: one question against the live version, with the full trace
 * (the draft's is {@code POST /api/admin/draft/try}). Nothing is remembered or logged:
 * trying is not asking.
 */
@RestController
class AdminTryController {

	private final ChatService chat;

	private final CorpusPublisher publisher;

	AdminTryController(ChatService chat, CorpusPublisher publisher) {
		this.chat = chat;
		this.publisher = publisher;
	}

	/** {@code question}, and optionally {@code language} (a hint, as the chat API's). */
	record TryRequest(String question, String language) {
	}

	@PostMapping(path = "/api/admin/try", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Tried ask(@RequestBody TryRequest request) {
		if (request.question() == null || request.question().isBlank()) {
			throw new AdminBadRequest("'question' is missing or blank");
		}
		AnswerEngine engine = chat.engine();
		Optional<String> language = Optional.ofNullable(request.language()).filter(l -> !l.isBlank());
		return AdminViews.tried(engine.answer(request.question(), language, DialogState.EMPTY).answer(),
				"live version " + publisher.live().id());
	}

}
