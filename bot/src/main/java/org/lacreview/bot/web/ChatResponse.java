package org.lacreview.bot.web;

import java.util.List;

import org.lacreview.index.Answer;
import org.lacreview.index.Source;

/** The reply of {@code POST /api/chat}. */
record ChatResponse(String sessionId, String messageId, String answer, boolean answered, String intent,
		double confidence, String language, List<Source> sources, List<String> suggestions) {

	static ChatResponse of(String sessionId, String messageId, Answer answer) {
		return new ChatResponse(sessionId, messageId, answer.text(), answer.answered(), answer.intent(),
				Math.round(answer.confidence() * 1000) / 1000.0, answer.language(), answer.sources(),
				answer.suggestions());
	}
}
