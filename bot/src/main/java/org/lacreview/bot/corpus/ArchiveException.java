package org.lacreview.bot.corpus;

/** An uploaded zip that cannot be a corpus, with a message staff can act on. */
class ArchiveException extends RuntimeException {

	ArchiveException(String message) {
		super(message);
	}

}
