package org.lacreview.bot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.TrainedModels;
import org.lacreview.index.TrainingCost;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Location;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenSet;

/**
 * Turns a corpus directory or a zip into a {@link Candidate}: unpack safely, load and
 * validate (errors name file and line), build the index and intent model, read the
 * corpus's golden files. Nothing here touches the live engine. An upload is built within
 * the {@link BuildMemory} budget, its golden files must be valid and a key the loader
 * does not read is an error ({@link CorpusLoader#loadStrict}: staff would otherwise
 * publish text the bot never says); a stored version (accepted before) and the bundled
 * folder are read without these checks (unknown keys are warnings), so a stricter rule
 * can never stop them being served.
 */
class CandidateBuilder {

	private static final Logger log = LoggerFactory.getLogger(CandidateBuilder.class);

	private final CorpusArchive.Limits limits;

	private final BuildMemory memory;

	private final TrainedModels models;

	private final ChildTraining training;

	/**
	 * @param models where a build loads the intent model trained before on the same
	 * examples, or keeps it
	 * @param training trains a model whose training does not fit in {@code memory}
	 */
	CandidateBuilder(CorpusArchive.Limits limits, BuildMemory memory, TrainedModels models, ChildTraining training) {
		this.limits = limits;
		this.memory = memory;
		this.models = models;
		this.training = training;
	}

	/**
	 * Builds an uploaded zip.
	 * @throws ArchiveException when the zip cannot be a corpus
	 * @throws org.lacreview.index.corpus.CorpusException listing the corpus's errors with
	 * file and line (an invalid golden {@code expect} pattern and a key the loader does
	 * not read among them)
	 * @throws CandidateTooLarge when building it would take more memory than allowed or
	 * free; nothing was built
	 */
	Candidate fromUpload(byte[] zip) {
		return unzipped(zip, dir -> {
			CorpusLoader.Loaded loaded = CorpusLoader.loadStrict(dir);
			// Golden files first: a bad one is refused before the long part of the build.
			List<GoldenItem> golden = golden(dir, true);
			TrainingCost cost = TrainingCost.of(loaded.corpus());
			if (memory.fits(cost)) {
				try (BuildMemory.Reservation reserved = memory.reserve(cost)) {
					return build(dir, loaded, golden, models);
				}
			}
			training.check(cost);
			return build(dir, loaded, golden, new ChildTrainedModels(models, training, dir, cost));
		});
	}

	/**
	 * The zip's errors and warnings, found by loading and validating it as an upload is
	 * (unknown keys are errors) and reading its golden files, without building an engine
	 * (errors first), with the corpus loaded when it has no error.
	 */
	Checked check(byte[] zip) {
		try {
			return unzipped(zip, dir -> {
				try {
					// As strict as publishing, so that the draft page shows what would
					// stop it.
					CorpusLoader.Loaded loaded = CorpusLoader.loadStrict(dir);
					List<Problem> found = new ArrayList<>(loaded.warnings());
					try {
						golden(dir, true);
					}
					catch (CorpusException ex) {
						found.addAll(0, ex.problems());
						return new Checked(found, Optional.empty());
					}
					return new Checked(found, Optional.of(loaded.corpus()));
				}
				catch (CorpusException ex) {
					return new Checked(ex.problems(), Optional.empty());
				}
			});
		}
		catch (ArchiveException ex) {
			return new Checked(List.of(new Problem(Problem.Severity.ERROR, new Location("(zip)", 0), ex.getMessage())),
					Optional.empty());
		}
	}

	/**
	 * Rebuilds a stored version; golden files it holds that are no longer valid are left
	 * out, with a warning.
	 */
	Candidate fromZip(byte[] zip) {
		return unzipped(zip, dir -> {
			CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(dir);
			List<GoldenItem> golden;
			try {
				golden = golden(dir, false);
			}
			catch (CorpusException ex) {
				log.warn("a stored corpus version's golden files are not valid any more, so it has no golden tests: {}",
						ex.problems().isEmpty() ? ex.getMessage() : ex.problems().get(0));
				golden = List.of();
			}
			return build(dir, loaded, golden, modelsFor(dir, loaded));
		});
	}

	/**
	 * @throws CorpusException listing the corpus's errors with file and line
	 */
	Candidate fromDirectory(Path dir) {
		CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(dir);
		return build(dir, loaded, golden(dir, false), modelsFor(dir, loaded));
	}

	/**
	 * Where a stored or bundled corpus's model comes from: as an upload's, trained in a
	 * child JVM when training would not fit here; never refused (at worst its intents are
	 * ranked by retrieval alone).
	 */
	private TrainedModels modelsFor(Path dir, CorpusLoader.Loaded loaded) {
		TrainingCost cost = TrainingCost.of(loaded.corpus());
		return memory.fits(cost) || !training.allows(cost) ? models
				: new ChildTrainedModels(models, training, dir, cost);
	}

	private <T> T unzipped(byte[] zip, Function<Path, T> build) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("corpus-upload-");
			return build.apply(CorpusArchive.unzip(zip, dir, limits));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(dir);
		}
	}

	/**
	 * The corpus's golden tests; a key of them nobody reads is an error when
	 * {@code strict} (an upload), else a warning logged.
	 * @throws CorpusException naming the file and line of what is wrong
	 */
	private static List<GoldenItem> golden(Path dir, boolean strict) {
		Path golden = dir.resolve("golden");
		if (!Files.isDirectory(golden)) {
			return List.of();
		}
		GoldenSet.Loaded read = GoldenSet.read(golden);
		if (strict && !read.warnings().isEmpty()) {
			throw new CorpusException(read.warnings().stream().map(Problem::asError).toList());
		}
		read.warnings().forEach(w -> log.warn("corpus at {}: golden/{}", dir, w));
		return read.items();
	}

	private Candidate build(Path dir, CorpusLoader.Loaded loaded, List<GoldenItem> golden, TrainedModels models) {
		AnswerEngine engine = AnswerEngine.build(loaded.corpus(), models);
		if (!engine.rankedByClassifier()) {
			log.warn(
					"corpus at {}: {} examples are too many to train the intent classifier on; intents are ranked by retrieval alone",
					dir, loaded.corpus().exampleCount());
		}
		byte[] archive = CorpusArchive.zip(dir);
		return new Candidate(loaded.corpus(), engine, loaded.warnings(), archive, sha256(archive), golden);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Deletes a file or a directory with what it holds; quietly, as far as it can. */
	static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A temp directory left behind is harmless and the OS cleans it.
		}
	}

}
