package org.lacreview.bot.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.lacreview.bot.support.TestCorpora;

/** Zips of the bundled corpus with edits, as staff would upload them, for tests. */
public final class CorpusZips {

	private final Path corpus;

	private final Map<String, String> replacements = new LinkedHashMap<>();

	private final Map<String, byte[]> extra = new LinkedHashMap<>();

	private CorpusZips(Path corpus) {
		this.corpus = corpus;
	}

	/** The repository's {@code corpus/}, unchanged so far. */
	public static CorpusZips bundled() {
		return new CorpusZips(Path.of("corpus"));
	}

	/** The mini test corpus ({@link TestCorpora#MINI}), unchanged so far. */
	public static CorpusZips mini() {
		return new CorpusZips(TestCorpora.MINI);
	}

	/**
	 * Replaces {@code from} by {@code to} in {@code file}; fails now if {@code from} is
	 * not there.
	 */
	public CorpusZips replace(String file, String from, String to) {
		String text = replacements.containsKey(file) ? replacements.get(file) : read(file);
		if (!text.contains(from)) {
			throw new IllegalArgumentException(file + " does not contain: " + from);
		}
		replacements.put(file, text.replace(from, to));
		return this;
	}

	/**
	 * Adds an entry with this exact name and content (which may try to escape the
	 * folder).
	 */
	public CorpusZips entry(String name, byte[] content) {
		extra.put(name, content);
		return this;
	}

	public byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = corpus.relativize(file).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry("corpus/" + name));
				zip.write(replacements.containsKey(name) ? replacements.get(name).getBytes(StandardCharsets.UTF_8)
						: Files.readAllBytes(file));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String read(String file) {
		try {
			return Files.readString(corpus.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
