package org.lacreview.bot.feedback;

import java.util.List;

/** Where feedback is kept until staff read it. */
public interface FeedbackStore {

	void add(Feedback feedback);

	/** Everything kept, oldest first. */
	List<Feedback> all();
}
