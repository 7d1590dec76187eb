package org.lacreview.bot.feedback;

import java.time.Instant;
import java.util.List;

/** Where feedback is kept until staff read it, with what identifies a person taken out of its texts. */
public interface FeedbackStore {

	void add(Feedback feedback);

	/** The latest {@code limit} entries, newest first. */
	List<Feedback> recent(int limit);

	/** 👍 and 👎 counted per intent ("" when the answer is no longer known), most 👎 first. */
	List<IntentFeedback> perIntent();

	/** The latest {@code limit} 👎 that came with a comment, newest first. */
	List<Feedback> negativeComments(int limit);

	/** Deletes feedback given before {@code cutoff}; returns how many entries went. */
	int deleteBefore(Instant cutoff);

	/** The 👍 and 👎 of one intent. */
	record IntentFeedback(String intent, int helpful, int notHelpful) {
	}
}
