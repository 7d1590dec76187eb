package org.lacreview.bot.draft;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** What the draft API returns, as records Jackson writes. */
public final class DraftViews {

	private DraftViews() {
	}

	/**
	 * The draft: where it came from, who changed it last, which files differ from the
	 * live version, and the validation problems (errors block publishing).
	 *
	 * @param liveChanged whether another version went live since the draft was opened
	 * (publishing it would undo that)
	 */
	public record Summary(long baseVersion, long liveVersion, boolean liveChanged, long revision, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy, List<String> changedFiles,
			List<DraftProblem> problems) {
	}

	/**
	 * One intent of the draft (or of the live version while there is no draft), with its
	 * {@code etag}.
	 */
	public record IntentView(String name, String file, String etag, @JsonUnwrapped IntentForm fields,
			List<DraftProblem> problems) {
	}

	/** An intent in the list: its name, file, and first example per language. */
	public record IntentListed(String name, String file, Map<String, String> firstExample) {
	}

	/**
	 * The bot's own sentences of one file ({@code messages.yml}, {@code telegram.yml}) by
	 * key and language.
	 */
	public record TextsView(String file, String etag, Map<String, Map<String, String>> texts,
			List<DraftProblem> problems) {
	}

}
