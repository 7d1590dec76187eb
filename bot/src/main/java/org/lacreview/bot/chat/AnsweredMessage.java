package org.lacreview.bot.chat;

/**
 * What the bot answered under a message id, so that feedback on it can name the question
 * and intent.
 *
 * @param question the question, cut to its first {@value #QUESTION_CHARS} characters
 */
public record AnsweredMessage(String question, String intent, String language) {

	/**
	 * The most characters of a question kept for its feedback: enough for staff to
	 * recognise it (the longest questions of the golden sets have 110), while a flood of
	 * 1,000-character questions costs a fifth of the memory (issue 11).
	 */
	public static final int QUESTION_CHARS = 200;

	/**
	 * The question (cut to {@value #QUESTION_CHARS} characters, never inside a surrogate
	 * pair), intent and language.
	 */
	static AnsweredMessage of(String question, String intent, String language) {
		int end = Math.min(question.length(), QUESTION_CHARS);
		if (end > 0 && end < question.length() && Character.isHighSurrogate(question.charAt(end - 1))) {
			end--;
		}
		return new AnsweredMessage(question.substring(0, end), intent, language);
	}

	long bytes() {
		return 32 + Footprint.of(question) + Footprint.of(intent) + Footprint.of(language);
	}
}
