package org.lacreview.bot.corpus;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lacreview.bot.chat.LiveEngine;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes corpus versions without ever breaking the live bot: a candidate is built
 * beside the live engine, checked (validation, golden tests no worse than the live
 * version's), stored, and only then swapped in with one atomic write; chats in flight
 * finish on the engine they started with. Building and testing an upload, the slow part
 * and the one its author controls, run without any lock, so a slow upload cannot hold up
 * a rollback or another publish; the lock is held only to check that the live version is
 * still the one the candidate was compared with and to swap it (compare-and-swap). Other
 * instances pick up the new live version by polling.
 */
public class CorpusPublisher {

	private static final Logger log = LoggerFactory.getLogger(CorpusPublisher.class);

	/**
	 * How often a publish or rollback compares again when the live version changed while
	 * it was built.
	 */
	private static final int ATTEMPTS = 3;

	private final CorpusVersions versions;

	private final CandidateBuilder builder;

	private final LiveEngine live;

	private final Clock clock;

	/**
	 * Held only while comparing the live version and swapping it: never while building or
	 * testing.
	 */
	private final Object swap = new Object();

	CorpusPublisher(CorpusVersions versions, CandidateBuilder builder, LiveEngine live, Clock clock) {
		this.versions = versions;
		this.builder = builder;
		this.live = live;
		this.clock = clock;
	}

	/** A version published, with its golden report and the corpus's warnings. */
	public record Published(CorpusVersion version, Optional<GoldenReport> golden, List<String> warnings) {
	}

	public CorpusVersion live() {
		return versions.find(live.version()).orElseThrow();
	}

	public List<CorpusVersion> versions() {
		return versions.all();
	}

	/**
	 * The live pointer's changes, newest first: which version became live, when, by whom,
	 * why.
	 */
	public List<LiveChange> liveHistory(int limit) {
		return versions.history(limit);
	}

	public Optional<byte[]> archive(long id) {
		return versions.archive(id);
	}

	/**
	 * Validates, builds and tests the zipped corpus, then publishes it if its golden
	 * score is not below the live version's (or {@code force}). The version is on disk
	 * when this returns.
	 * @throws PublishRejected when it is not published (errors with file and line, too
	 * large to build in the memory allowed, golden score lower, or the live version kept
	 * changing meanwhile); nothing changed
	 */
	public Published publish(byte[] zip, String author, boolean force) {
		Candidate candidate = build(zip);
		Optional<GoldenReport> golden = candidate.runGolden();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			long compared = live.version();
			// The bar to clear: the live version's score, measured now if it has none
			// yet.
			Optional<CorpusVersion.GoldenScore> liveScore = versions.find(compared)
				.flatMap(CorpusVersion::golden)
				.or(() -> measureGolden(compared));
			if (!force && golden.isPresent() && liveScore.isPresent()
					&& golden.get().accuracy() < liveScore.get().accuracy()) {
				throw new PublishRejected(String.format(java.util.Locale.ROOT,
						"the golden score would drop from %d/%d to %d/%d; fix the failures below or publish with force=true",
						liveScore.get().passed(), liveScore.get().total(), golden.get().passed(), golden.get().total()),
						List.of(), golden);
			}
			synchronized (swap) {
				if (live.version() == compared) {
					CorpusVersion version = store(candidate, author, force ? "upload (forced)" : "upload", golden);
					log.info("corpus version {} published by {}", version.id(), version.author());
					return new Published(version, golden,
							candidate.warnings().stream().map(Problem::toString).toList());
				}
			}
		}
		throw new PublishRejected("the live version changed " + ATTEMPTS
				+ " times while this upload was compared with it; upload it again", List.of(), golden);
	}

	/**
	 * Builds the zipped corpus as an upload is built (same checks, same memory budget),
	 * to be tried.
	 * @throws PublishRejected listing the errors with file and line; nothing was built
	 */
	public Trial trial(byte[] zip) {
		return new Trial(build(zip));
	}

	/**
	 * Loads and validates the zipped corpus without building it (milliseconds, not
	 * seconds): its errors and warnings with file and line, the golden files' errors
	 * among them, and the corpus when it has no error.
	 */
	public Checked check(byte[] zip) {
		return builder.check(zip);
	}

	/**
	 * Serves version {@code to}, or the version that was live before the live one (from
	 * the live pointer's history, so that rolling back twice does not reach further back
	 * than staff went); on disk when this returns.
	 * @throws java.util.NoSuchElementException when there is no such version
	 * @throws IllegalStateException when the live version kept changing while the target
	 * was built
	 */
	public CorpusVersion rollback(Optional<Long> to, String by) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			long from = live.version();
			long target = to.orElseGet(() -> versions.previousLive(from)
				.orElseThrow(() -> new java.util.NoSuchElementException("no other version was live before " + from)));
			byte[] archive = versions.archive(target)
				.orElseThrow(() -> new java.util.NoSuchElementException("there is no version " + target));
			Candidate candidate = builder.fromZip(archive);
			synchronized (swap) {
				// "The one before" means before the version live now: build again if
				// another one came meanwhile.
				if (to.isPresent() || live.version() == from) {
					versions.makeLive(target, clock.instant(), by);
					live.replace(candidate.engine(), target);
					log.info("corpus rolled back to version {}", target);
					return versions.find(target).orElseThrow();
				}
			}
		}
		throw new IllegalStateException("the live version changed " + ATTEMPTS + " times during the rollback");
	}

	/** Serves the version another instance made live, if it changed. */
	void refresh() {
		Optional<Long> id = versions.liveId();
		long served = live.version();
		if (id.isPresent() && id.get() != served) {
			long next = id.get();
			Candidate candidate = builder.fromZip(versions.archive(next).orElseThrow());
			synchronized (swap) {
				// A publish or rollback here meanwhile is newer than what was read from
				// the database.
				if (live.version() == served) {
					live.replace(candidate.engine(), next);
					log.info("now serving corpus version {}, published elsewhere", next);
				}
			}
		}
	}

	/**
	 * Measures the live version's golden score when it has none yet (the bundled corpus
	 * at first start), or takes the one the build shipped for its archive.
	 */
	Optional<CorpusVersion.GoldenScore> measureLiveGolden() {
		long current = live.version();
		return versions.find(current)
			.flatMap(CorpusVersion::golden)
			.or(() -> shippedGolden(current))
			.or(() -> measureGolden(current));
	}

	/**
	 * The score the build measured for stored version {@code id}'s archive
	 * ({@link ShippedGoldenScores}), recorded as measured; empty when it shipped none.
	 */
	private Optional<CorpusVersion.GoldenScore> shippedGolden(long id) {
		Optional<CorpusVersion.GoldenScore> score = versions.sha256(id).flatMap(ShippedGoldenScores::find);
		score.ifPresent(s -> {
			versions.recordGolden(id, s);
			log.info("golden score of corpus version {}: {}/{}, measured when the bot was built", id, s.passed(),
					s.total());
		});
		return score;
	}

	/**
	 * Builds stored version {@code id} and runs its golden tests, without any lock;
	 * records the score.
	 */
	private Optional<CorpusVersion.GoldenScore> measureGolden(long id) {
		byte[] archive = versions.archive(id).orElseThrow();
		Optional<CorpusVersion.GoldenScore> score = Candidate.score(builder.fromZip(archive).runGolden());
		score.ifPresent(s -> {
			versions.recordGolden(id, s);
			log.info("golden score of corpus version {}: {}/{}", id, s.passed(), s.total());
		});
		return score;
	}

	private Candidate build(byte[] zip) {
		try {
			return builder.fromUpload(zip);
		}
		catch (ArchiveException ex) {
			throw new PublishRejected("the zip cannot be a corpus", List.of(ex.getMessage()), Optional.empty());
		}
		catch (CorpusException ex) {
			throw new PublishRejected("the corpus has errors", ex.problems().stream().map(Problem::toString).toList(),
					Optional.empty());
		}
		catch (CandidateTooLarge ex) {
			throw new PublishRejected("the corpus is too large to build here", List.of(ex.getMessage()),
					Optional.empty());
		}
	}

	private CorpusVersion store(Candidate candidate, String author, String note, Optional<GoldenReport> golden) {
		var corpus = candidate.corpus();
		CorpusVersion version = versions.publish(new CorpusVersions.NewVersion(author, note, candidate.archive(),
				candidate.sha256(), corpus.sections().size(), corpus.intents().size(), corpus.exampleCount(),
				corpus.info().languages(), Candidate.score(golden)), clock.instant());
		live.replace(candidate.engine(), version.id());
		return version;
	}

}
