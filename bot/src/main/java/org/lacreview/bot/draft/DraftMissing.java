package org.lacreview.bot.draft;

import java.util.NoSuchElementException;

/**
 * There is no draft to show, try or publish (HTTP 404): staff open one by editing
 * anything.
 */
public class DraftMissing extends NoSuchElementException {

	DraftMissing() {
		super("there is no draft: editing anything opens one from the live version, or open one from a version");
	}

}
