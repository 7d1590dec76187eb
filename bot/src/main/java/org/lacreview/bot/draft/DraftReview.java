package org.lacreview.bot.draft;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.bot.corpus.Trial;
import org.lacreview.index.golden.GoldenReport;

/**
 * The draft as a whole: opening it (from the live version, another version or an uploaded
 * zip), what it changes against the live version, trying it, its golden run, publishing
 * it through the same gate as an upload, and discarding it. The draft's engine is built
 * once per content (a few seconds) and kept until the draft changes.
 */
public class DraftReview {

	private final DraftStore store;

	private final DraftEdits edits;

	private final DraftChecks checks;

	private final CorpusPublisher publisher;

	private final AuditLog audit;

	private final Clock clock;

	/** The last draft built, by its files. */
	private final AtomicReference<Built> built = new AtomicReference<>();

	private record Built(DraftFiles files, Trial trial) {
	}

	DraftReview(DraftStore store, DraftEdits edits, DraftChecks checks, CorpusPublisher publisher, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.edits = edits;
		this.checks = checks;
		this.publisher = publisher;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws DraftMissing when there is no draft
	 */
	public DraftViews.Summary summary() {
		DraftStore.Stored stored = store.find().orElseThrow(DraftMissing::new);
		long live = publisher.live().id();
		DraftFiles liveFiles = edits.liveFiles();
		List<String> changed = stored.files()
			.files()
			.keySet()
			.stream()
			.filter(p -> !Objects.equals(stored.files().text(p), liveFiles.text(p)))
			.toList();
		return new DraftViews.Summary(stored.baseVersion(), live, stored.baseVersion() != live, stored.revision(),
				stored.createdAt(), stored.createdBy(), stored.updatedAt(), stored.updatedBy(), changed,
				checks.all(stored.files()));
	}

	/**
	 * Opens a draft from version {@code id} (replacing any draft).
	 * @throws NoSuchElementException when there is no such version
	 */
	public DraftViews.Summary openFromVersion(long id, String by) {
		byte[] zip = publisher.archive(id).orElseThrow(() -> new NoSuchElementException("there is no version " + id));
		store.create(id, DraftFiles.fromZip(zip), by, clock.instant());
		audit.record(by, "draft.open", "version " + id, "opened a draft from version " + id);
		return summary();
	}

	/**
	 * Opens a draft from an uploaded zip, checked and built as an upload is (replacing
	 * any draft).
	 * @throws org.lacreview.bot.corpus.PublishRejected when the zip is not a valid
	 * corpus; the draft is unchanged
	 */
	public DraftViews.Summary openFromZip(byte[] zip, String by) {
		Trial trial = publisher.trial(zip);
		DraftFiles files = DraftFiles.fromZip(trial.archive());
		built.set(new Built(files, trial));
		store.create(publisher.live().id(), files, by, clock.instant());
		audit.record(by, "draft.open", "upload", "opened a draft from an uploaded zip");
		return summary();
	}

	/** Discards the draft; whether there was one. */
	public boolean discard(String by) {
		boolean deleted = store.delete();
		if (deleted) {
			audit.record(by, "draft.discard", "draft", "discarded the draft");
		}
		return deleted;
	}

	/** What the draft changes against the live version. */
	public DraftDiff.Diff diff() {
		DraftFiles files = store.find().orElseThrow(DraftMissing::new).files();
		return DraftDiff.between(publisher.live().id(), edits.liveFiles(), files);
	}

	/**
	 * The draft built, to try questions on (built again only when the draft changed);
	 * while there is no draft, the live version's files, so that the page's preview and
	 * try work before the first edit.
	 */
	public Trial trial() {
		DraftFiles files = edits.files();
		Built last = built.get();
		if (last != null && last.files().equals(files)) {
			return last.trial();
		}
		Trial trial = publisher.trial(files.toZip());
		built.set(new Built(files, trial));
		return trial;
	}

	/**
	 * What the intent form offers (languages, sections, intents, families, placeholders),
	 * from the draft, or from the live version while the draft has errors or there is
	 * none.
	 */
	public DraftOptions options() {
		DraftFiles files = edits.files();
		return DraftOptions.of(checks.corpus(files)
			.or(() -> checks.corpus(edits.liveFiles()))
			.orElseThrow(() -> new IllegalStateException("the live version does not load")));
	}

	/**
	 * The draft's answer of intent {@code name} in {@code language} with the real values,
	 * as a menu command shows it (naming no value): the preview of an answer being
	 * written. Builds the draft when it changed.
	 * @throws IllegalArgumentException when the draft has no such intent
	 */
	public String preview(String name, String language) {
		return trial().engine().answerIntent(name, language, org.lacreview.index.DialogState.EMPTY).answer().text();
	}

	/** The draft as a corpus zip, for staff who edit the files themselves. */
	public byte[] zip() {
		return store.find().orElseThrow(DraftMissing::new).files().toZip();
	}

	public Optional<GoldenReport> golden() {
		return trial().golden();
	}

	/**
	 * Publishes the draft as an upload is published (golden score not below the live
	 * version's, or {@code force}); the draft is gone once it is live.
	 * @throws LiveMovedOn when another version went live since the draft was opened and
	 * {@code overwrite} is false
	 * @throws org.lacreview.bot.corpus.PublishRejected as an upload; the draft stays
	 */
	public CorpusPublisher.Published publish(String by, boolean force, boolean overwrite) {
		DraftStore.Stored stored = store.find().orElseThrow(DraftMissing::new);
		long live = publisher.live().id();
		if (stored.baseVersion() != live && !overwrite) {
			throw new LiveMovedOn(stored.baseVersion(), live);
		}
		CorpusPublisher.Published published = publisher.publish(stored.files().toZip(), by, force);
		store.delete();
		audit.record(by, "draft.publish", "version " + published.version().id(),
				"published the draft as version " + published.version().id() + (force ? " (forced)" : ""));
		return published;
	}

}
