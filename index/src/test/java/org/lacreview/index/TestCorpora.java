package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Paths of the corpora tests use, and copies that a test may edit. */
public final class TestCorpora {

	/**
	 * A small corpus written for tests: two days, a Zoom family, chit-chat and
	 * out-of-scope.
	 */
	public static final Path MINI = Path.of("index/src/test/resources/corpora/mini");

	/** The corpus the bot ships with. */
	public static final Path BUNDLED = Path.of("corpus");

	private TestCorpora() {
	}

	/** Copies a corpus directory under {@code target} so that a test can change it. */
	public static Path copy(Path corpus, Path target) {
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path to = target.resolve(corpus.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces {@code from} by {@code to} in a copied corpus file; fails when
	 * {@code from} is not there, so a test never passes because its edit silently missed.
	 */
	public static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		if (!text.contains(from)) {
			throw new AssertionError(file + " does not contain: " + from);
		}
		Files.writeString(file, text.replace(from, to));
	}

}
