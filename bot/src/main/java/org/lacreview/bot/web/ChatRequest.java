package org.lacreview.bot.web;

/** The body of {@code POST /api/chat}; checked by {@link ChatController}, not trusted. */
record ChatRequest(String sessionId, String message, String language) {
}
