package org.lacreview.bot.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * {@code POST /api/admin/try}: one question against the live version or an uploaded draft, with the full
 * trace. Nothing is remembered or logged: trying is not asking.
 */
@RestController
class AdminTryController {

	private final ChatService chat;

	private final CorpusPublisher publisher;

	AdminTryController(ChatService chat, CorpusPublisher publisher) {
		this.chat = chat;
		this.publisher = publisher;
	}

	/** {@code question}, and optionally {@code language} and the {@code draft} id an upload gave. */
	record TryRequest(String question, String language, String draft) {
	}

	@PostMapping(path = "/api/admin/try", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> ask(@RequestBody TryRequest request) {
		if (request.question() == null || request.question().isBlank()) {
			throw new AdminBadRequest("'question' is missing or blank");
		}
		Optional<String> draft = Optional.ofNullable(request.draft()).filter(d -> !d.isBlank());
		AnswerEngine engine = draft.map(id -> publisher.draftEngine(id)
			.orElseThrow(() -> new NoSuchElementException("no draft " + id + " (drafts are kept for an hour)")))
			.orElseGet(chat::engine);
		Optional<String> language = Optional.ofNullable(request.language()).filter(l -> !l.isBlank());
		Map<String, Object> json = new LinkedHashMap<>(
				AdminViews.answer(engine.answer(request.question(), language, DialogState.EMPTY).answer()));
		json.put("corpus", draft.map(id -> "draft " + id).orElse("live version " + publisher.live().id()));
		return json;
	}
}
