package org.lacreview.bot.feedback;

import java.time.Instant;
import java.util.Optional;

/**
 * One 👍/👎 on an answer. The question and intent come from the answer the server gave
 * (when it still remembers it), not from the client; no session id or other identifier of
 * the person is kept.
 */
public record Feedback(Instant at, Optional<String> messageId, Optional<String> intent, String question,
		boolean helpful, Optional<String> comment) {
}
