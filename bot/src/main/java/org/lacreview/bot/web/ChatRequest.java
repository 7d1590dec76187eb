package org.lacreview.bot.web;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/chat}; checked by {@link ChatController}, not trusted.
 * Every field is a JSON string.
 */
record ChatRequest(@JsonDeserialize(using = StrictString.class) String sessionId,
		@JsonDeserialize(using = StrictString.class) String message,
		@JsonDeserialize(using = StrictString.class) String language) {
}
