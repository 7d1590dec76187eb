package org.lacreview.bot.draft;

/**
 * A change to something that exists, sent without the etag it was made on (HTTP 428):
 * nothing was changed.
 */
public class MissingIfMatch extends EditRefused {

	MissingIfMatch(String what) {
		super("If-Match", "send the etag of " + what
				+ " as you read it (header If-Match), so that nobody's change is overwritten");
	}

}
