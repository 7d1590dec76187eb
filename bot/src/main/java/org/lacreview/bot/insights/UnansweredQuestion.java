package org.lacreview.bot.insights;

import java.time.Instant;
import java.util.List;

/**
 * Questions that fell back, grouped by their normalised text.
 *
 * @param question the latest wording asked
 * @param languages the languages it was asked in
 * @param channels where it was asked (web, telegram)
 */
public record UnansweredQuestion(String normalised, String question, int count, Instant firstSeen, Instant lastSeen,
		List<String> languages, List<String> channels) {
}
