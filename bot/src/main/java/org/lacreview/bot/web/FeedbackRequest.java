package org.lacreview.bot.web;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/feedback}; checked by {@link FeedbackController}, not
 * trusted. The text fields must be JSON strings.
 */
record FeedbackRequest(@JsonDeserialize(using = StrictString.class) String sessionId,
		@JsonDeserialize(using = StrictString.class) String messageId,
		@JsonDeserialize(using = StrictString.class) String question, Boolean helpful,
		@JsonDeserialize(using = StrictString.class) String comment) {
}
