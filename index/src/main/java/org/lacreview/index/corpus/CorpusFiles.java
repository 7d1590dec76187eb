package org.lacreview.index.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one corpus directory: listed by folder, read as strict UTF-8, composed as
 * YAML; every error a {@link CorpusException} naming the file (relative to the corpus
 * root, with {@code /}) and line.
 */
final class CorpusFiles {

	private final Path root;

	CorpusFiles(Path root) {
		this.root = root;
	}

	/**
	 * The files of {@code folder} whose names end with {@code suffix}, sorted; none when
	 * it does not exist.
	 */
	List<Path> files(String folder, String suffix) {
		Path dir = root.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> stream = Files.list(dir)) {
			return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new CorpusException(new Location(relative(dir), 0), "cannot list the folder: " + ex.getMessage());
		}
	}

	/** The file's name as errors give it: relative to the corpus root, with {@code /}. */
	String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * Reads a file as strict UTF-8: a wrong byte is an error with its line, never a
	 * silent '�'.
	 */
	String readText(Path file) {
		String name = relative(file);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new CorpusException(new Location(name, 0), "cannot read the file: " + ex.getMessage());
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new CorpusException(new Location(name, lineOfFirstBadByte(bytes)), "the file is not valid UTF-8");
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

	/** The YAML document of a file; an empty file is an error. */
	YamlNode yaml(Path file) {
		String name = relative(file);
		YamlNode node = CorpusYaml.compose(name, readText(file), "");
		if (node == null) {
			throw new CorpusException(new Location(name, 1), "the file is empty");
		}
		return node;
	}

	/**
	 * The YAML document of the file {@code name} (relative to the root), which must
	 * exist.
	 */
	YamlNode requiredYaml(String name) {
		Path file = root.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new CorpusException(new Location(name, 0), "file missing");
		}
		return yaml(file);
	}

}
