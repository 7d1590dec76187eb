package org.lacreview.bot.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks on the names of an uploaded zip's entries, and their safe display in messages
 * and logs.
 */
final class ZipEntryNames {

	private ZipEntryNames() {
	}

	/**
	 * When the zip opens with names read byte for byte, the first name whose bytes are
	 * not UTF-8.
	 */
	static Optional<String> firstNotUtf8(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
			return Collections.list(zip.entries()).stream().map(ZipEntry::getName).filter(name -> {
				try {
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)));
					return false;
				}
				catch (CharacterCodingException ex) {
					return true;
				}
			}).findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** The entry's name, refused when it holds control characters (NUL, line breaks). */
	static String checked(ZipEntry entry) {
		String name = entry.getName();
		if (name.chars().anyMatch(Character::isISOControl)) {
			throw new ArchiveException(printable(name) + ": the entry's name holds a control character");
		}
		return name;
	}

	/**
	 * {@code name} with control characters shown as U+XXXX, safe in a message or a log
	 * line.
	 */
	static String printable(String name) {
		StringBuilder out = new StringBuilder();
		name.chars()
			.limit(300)
			.forEach(c -> out.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "U+%04X", c) : (char) c));
		return out.toString();
	}

}
