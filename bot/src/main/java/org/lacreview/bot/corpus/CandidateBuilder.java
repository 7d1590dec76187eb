package org.lacreview.bot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenSet;

/**
 * Turns a corpus directory or an uploaded zip into a {@link Candidate}: unpack safely, load and validate
 * (errors name file and line), build the index and intent model, run the corpus's golden files. Nothing here
 * touches the live engine.
 */
class CandidateBuilder {

	private static final Logger log = LoggerFactory.getLogger(CandidateBuilder.class);

	private final CorpusArchive.Limits limits;

	CandidateBuilder(CorpusArchive.Limits limits) {
		this.limits = limits;
	}

	/**
	 * @throws ArchiveException when the zip cannot be a corpus
	 * @throws org.lacreview.index.corpus.CorpusException listing the corpus's errors with file and line
	 */
	Candidate fromZip(byte[] zip) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("corpus-upload-");
			return fromDirectory(CorpusArchive.unzip(zip, dir, limits));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(dir);
		}
	}

	/** @throws org.lacreview.index.corpus.CorpusException listing the corpus's errors with file and line */
	Candidate fromDirectory(Path dir) {
		CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(dir);
		AnswerEngine engine = AnswerEngine.build(loaded.corpus());
		if (!engine.rankedByClassifier()) {
			log.warn("corpus at {}: {} examples are too many to train the intent classifier on; intents are ranked by retrieval alone",
					dir, loaded.corpus().exampleCount());
		}
		byte[] archive = CorpusArchive.zip(dir);
		Path golden = dir.resolve("golden");
		List<GoldenItem> items = Files.isDirectory(golden) ? GoldenSet.load(golden) : List.of();
		return new Candidate(loaded.corpus(), engine, loaded.warnings(), archive, sha256(archive), items);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static void delete(Path dir) {
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
