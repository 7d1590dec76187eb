package org.lacreview.bot.draft;

import java.util.Map;

/**
 * A validation finding on the draft, tied to the form field it concerns when it falls
 * inside an intent.
 *
 * @param severity "error" (blocks publishing) or "warning"
 * @param line 1-based line in {@code file}, 0 when the problem is about the whole file
 * @param intent the intent whose lines hold it, or null
 * @param field the intent's form field ({@code "answer.en"}, {@code "examples.es"},
 * {@code "sections"}), or null
 * @param message the finding in English
 * @param code its kind, for the page to say it in the staff member's language
 * ({@code intent.unknown_section}), or null
 * @param args the values that sentence names
 */
public record DraftProblem(String severity, String file, int line, String message, String intent, String field,
		String code, Map<String, String> args) {
}
