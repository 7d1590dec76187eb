package org.lacreview.bot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Where feedback is kept until staff read it, with what identifies a person taken out of
 * its texts.
 */
public interface FeedbackStore {

	void add(Feedback feedback);

	/** The latest {@code limit} entries, newest first. */
	List<Feedback> recent(int limit);

	/**
	 * 👍 and 👎 counted per intent ("" when the answer is no longer known), most 👎
	 * first.
	 */
	List<IntentFeedback> perIntent();

	/**
	 * The latest {@code limit} 👎 with a comment that staff have not dealt with yet,
	 * newest first, with their ids.
	 */
	List<Comment> openComments(int limit);

	/**
	 * Takes a comment off the staff's list (its vote still counts); whether there was
	 * such an open comment.
	 */
	boolean review(long id);

	/** A 👎 comment and the id staff refer to it by. */
	record Comment(long id, Feedback feedback) {
	}

	/** Deletes feedback given before {@code cutoff}; returns how many entries went. */
	int deleteBefore(Instant cutoff);

	/** The 👍 and 👎 of one intent. */
	record IntentFeedback(String intent, int helpful, int notHelpful) {
	}

}
