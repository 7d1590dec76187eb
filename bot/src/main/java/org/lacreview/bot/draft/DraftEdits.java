package org.lacreview.bot.draft;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.corpus.CorpusPublisher;

/**
 * How every edit of the draft is made: applied to the draft's files in one transaction,
 * opening the draft from the live version first when there is none, and only on the
 * version of the thing the staff member read.
 */
class DraftEdits {

	private final DraftStore store;

	private final CorpusPublisher publisher;

	private final AuditLog audit;

	private final Clock clock;

	DraftEdits(DraftStore store, CorpusPublisher publisher, AuditLog audit, Clock clock) {
		this.store = store;
		this.publisher = publisher;
		this.audit = audit;
		this.clock = clock;
	}

	/** The draft's files, or the live version's while there is no draft. */
	DraftFiles files() {
		return store.find().map(DraftStore.Stored::files).orElseGet(this::liveFiles);
	}

	DraftFiles liveFiles() {
		return versionFiles(publisher.live().id());
	}

	DraftFiles versionFiles(long id) {
		return DraftFiles.fromZip(publisher.archive(id).orElseThrow());
	}

	/**
	 * Applies {@code change} to the draft, opening one from the live version when there
	 * is none; the result.
	 */
	DraftFiles apply(UnaryOperator<DraftFiles> change, String by) {
		DraftStore.Edited edited = store.edit(change, () -> {
			long live = publisher.live().id();
			return new DraftStore.Opening(live, versionFiles(live));
		}, by, clock.instant());
		if (edited.opened()) {
			audit.record(by, "draft.open", "version " + edited.stored().baseVersion(),
					"opened a draft from the live version");
		}
		return edited.stored().files();
	}

	/**
	 * Lets a change go on only when it names the version read: {@code ifMatch} must name
	 * {@code etag}.
	 * @param current what the thing holds now, sent back with the conflict
	 * @throws MissingIfMatch without {@code If-Match}; {@link StaleEdit} when it names
	 * another version
	 */
	static void requireMatch(Optional<String> ifMatch, String etag, Object current, String what) {
		if (ifMatch.isEmpty()) {
			throw new MissingIfMatch(what);
		}
		if (!Etags.matches(ifMatch.get(), etag)) {
			throw new StaleEdit(what, current);
		}
	}

}
