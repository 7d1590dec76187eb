package org.lacreview.bot.support;

import java.nio.file.Path;

/**
 * The corpora bot tests start on. Tests about what the bot answers use the bundled corpus
 * ({@code corpus/}); tests about something else (persistence, publishing, the staff API,
 * channels) start on the mini corpus, which the index module's tests use too: seven
 * intents in Spanish and English whose engine builds in well under a second instead of
 * seconds.
 */
public final class TestCorpora {

	/**
	 * The mini corpus, relative to the repository root (the tests' working directory).
	 */
	public static final String MINI_FOLDER = "index/src/test/resources/corpora/mini";

	/** The mini corpus. */
	public static final Path MINI = Path.of(MINI_FOLDER);

	/** The property that starts an app ({@link RunningApp#start}) on {@link #MINI}. */
	public static final String ON_MINI = "chatbot.corpus=" + MINI_FOLDER;

	/**
	 * The end of the bundled corpus's Spanish {@code meeting_dates} answer, to change in
	 * a publish.
	 */
	public static final String BUNDLED_DATES_ES = "se realizó entre el 26 y el 28 de abril de 2021, durante tres días.";

	/**
	 * The Spanish answer of the mini corpus's {@code meeting_dates}, to change in a
	 * publish.
	 */
	public static final String MINI_DATES_ES = "La reunión fue del 26 al 27 de abril de 2021.";

	private TestCorpora() {
	}

}
