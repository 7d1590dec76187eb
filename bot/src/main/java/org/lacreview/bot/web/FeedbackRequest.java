package org.lacreview.bot.web;

/** The body of {@code POST /api/feedback}; checked by {@link FeedbackController}, not trusted. */
record FeedbackRequest(String sessionId, String messageId, String question, Boolean helpful, String comment) {
}
