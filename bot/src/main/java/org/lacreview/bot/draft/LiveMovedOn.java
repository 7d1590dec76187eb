package org.lacreview.bot.draft;

/**
 * Publishing the draft would undo a version published since it was opened (HTTP 409):
 * nothing was published.
 */
public class LiveMovedOn extends RuntimeException {

	LiveMovedOn(long base, long live) {
		super("the draft was opened from version " + base + " but version " + live
				+ " went live since: publishing it would undo that version's changes. Open a new draft, or publish with overwrite=true");
	}

}
