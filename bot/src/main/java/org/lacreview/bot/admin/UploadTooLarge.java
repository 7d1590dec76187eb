package org.lacreview.bot.admin;

import org.springframework.util.unit.DataSize;

/**
 * A corpus upload over {@code chatbot.publishing.max-upload}: answered 413 without
 * reading the rest.
 */
class UploadTooLarge extends RuntimeException {

	UploadTooLarge(DataSize max) {
		super("the zip is larger than " + max + "; the limit is chatbot.publishing.max-upload");
	}

}
