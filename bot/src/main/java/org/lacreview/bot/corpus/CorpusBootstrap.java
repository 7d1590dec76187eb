package org.lacreview.bot.corpus;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.lacreview.bot.chat.LiveEngine;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app serves at start-up: the live version in the database, or the bundled
 * corpus as version 1.
 */
final class CorpusBootstrap {

	private static final Logger log = LoggerFactory.getLogger(CorpusBootstrap.class);

	private CorpusBootstrap() {
	}

	/**
	 * The bundled corpus folder when it is what the live version serves. Otherwise says
	 * why not — broken, or different — since editing the folder no longer changes the bot
	 * once a version is published (staff publish instead). Reads the early build's result
	 * when there is one, else loads the folder.
	 */
	private static Optional<Candidate> bundledIfLive(Path bundled, Optional<EarlyBundledCorpus.Build> early, long live,
			String liveSha256) {
		try {
			if (early.isPresent()) {
				Candidate built = early.get().get();
				if (built.sha256().equals(liveSha256)) {
					return Optional.of(built);
				}
			}
			else {
				CorpusLoader.loadWithWarnings(bundled);
				if (CandidateBuilder.sha256(CorpusArchive.zip(bundled)).equals(liveSha256)) {
					return Optional.empty();
				}
			}
			log.info("{} differs from the version served ({}); publish it to serve its changes", bundled, live);
		}
		catch (CorpusException ex) {
			log.warn("{} cannot be served ({}); serving published version {}", bundled,
					ex.problems().isEmpty() ? ex.getMessage() : ex.problems().get(0), live);
		}
		return Optional.empty();
	}

	/**
	 * The engine to serve at start-up: the live version in the database, or else the
	 * bundled corpus directory, published as the first version. {@code early} is the
	 * bundled corpus already being built, when the app started it (see
	 * {@link EarlyBundledCorpus}).
	 * @throws CorpusException when there is no version yet and the bundled corpus has
	 * errors
	 */
	static LiveEngine bootstrap(CorpusVersions versions, CandidateBuilder builder, Path bundled, Clock clock,
			Optional<EarlyBundledCorpus.Build> early) {
		Path folder = bundled.toAbsolutePath().normalize();
		Optional<EarlyBundledCorpus.Build> started = early.filter(b -> b.path().equals(folder));
		Optional<Long> id = versions.liveId();
		if (id.isPresent()) {
			String liveSha = versions.sha256(id.get()).orElse("");
			Candidate candidate = bundledIfLive(folder, started, id.get(), liveSha)
				.orElseGet(() -> builder.fromZip(versions.archive(id.get()).orElseThrow()));
			log.info("serving corpus version {} from the database", id.get());
			return new LiveEngine(candidate.engine(), id.get());
		}
		Candidate candidate = started.map(EarlyBundledCorpus.Build::get)
			.orElseGet(() -> builder.fromDirectory(bundled));
		candidate.warnings().forEach(w -> log.warn("corpus: {}", w));
		var corpus = candidate.corpus();
		CorpusVersion version = versions.publish(new CorpusVersions.NewVersion("bundled corpus/", "first start",
				candidate.archive(), candidate.sha256(), corpus.sections().size(), corpus.intents().size(),
				corpus.exampleCount(), corpus.info().languages(), Optional.empty()), clock.instant());
		log.info("published the bundled corpus {} as version {}", folder, version.id());
		return new LiveEngine(candidate.engine(), version.id());
	}

}
