package org.lacreview.bot.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A corpus directory as a zip, both ways. Unpacking distrusts the upload: the zip must be
 * whole (its central directory intact), entry names UTF-8 without control characters and
 * each file there once, entries may not leave the target (zip-slip), the number of files,
 * each file's size and the total unpacked size are capped (zip bombs), only the corpus's
 * own kinds of files are accepted, and every text must be UTF-8 (the first bad line is
 * named).
 */
final class CorpusArchive {

	/** The kinds of files a corpus holds. */
	private static final Set<String> EXTENSIONS = Set.of("yml", "yaml", "md", "jsonl", "txt");

	/** Limits on an upload's contents. */
	record Limits(int maxFiles, long maxFileBytes, long maxTotalBytes) {
	}

	private CorpusArchive() {
	}

	/**
	 * The files under {@code dir}, sorted, with fixed timestamps: the same corpus always
	 * gives the same bytes.
	 */
	static byte[] zip(Path dir) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				ZipEntry entry = new ZipEntry(dir.relativize(file).toString().replace('\\', '/'));
				entry.setLastModifiedTime(FileTime.fromMillis(0));
				zip.putNextEntry(entry);
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not zip " + dir, ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Unpacks {@code zip} into the empty directory {@code target} and returns the corpus
	 * root: {@code target} itself, or its one folder when the zip holds the corpus folder
	 * rather than its contents. The zip is read by its central directory (what zip tools
	 * list), so a truncated or garbled zip is refused rather than read as far as it goes,
	 * and no entry can hide behind another of the same name.
	 * @throws ArchiveException saying what is wrong, naming the entry
	 */
	static Path unzip(byte[] zip, Path target, Limits limits) {
		Path copy = null;
		try {
			// JDK's ZipFile checks the central directory (and the end record) but reads
			// only files.
			copy = Files.createTempFile("corpus-upload-", ".zip");
			Files.write(copy, zip);
			return unzip(copy, target.toAbsolutePath().normalize(), limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy != null) {
				copy.toFile().delete();
			}
		}
	}

	private static Path unzip(Path zipFile, Path root, Limits limits) throws IOException {
		int files = 0;
		long total = 0;
		Set<Path> seen = new HashSet<>();
		try (ZipFile zip = open(zipFile)) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				String name = ZipEntryNames.checked(entry);
				Path path = path(root, name);
				if (!seen.add(path)) {
					throw new ArchiveException(name + ": the zip holds this file twice; keep one");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				if (ignored(path)) {
					continue;
				}
				String extension = extension(name);
				if (!EXTENSIONS.contains(extension)) {
					throw new ArchiveException(name + ": a corpus holds only " + EXTENSIONS + " files");
				}
				if (++files > limits.maxFiles()) {
					throw new ArchiveException("the zip holds more than " + limits.maxFiles() + " files");
				}
				byte[] content = read(zip, entry, name, limits.maxFileBytes());
				total += content.length;
				if (total > limits.maxTotalBytes()) {
					throw new ArchiveException("the zip unpacks to more than " + limits.maxTotalBytes() + " bytes");
				}
				checkUtf8(name, content);
				Files.createDirectories(path.getParent());
				Files.write(path, content);
			}
		}
		if (files == 0) {
			throw new ArchiveException("the zip is empty or not a zip file");
		}
		return corpusRoot(root);
	}

	/** The zip, its names read as UTF-8. */
	private static ZipFile open(Path file) throws IOException {
		try {
			return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			throw new ArchiveException(ZipEntryNames.firstNotUtf8(file)
				.map(name -> ZipEntryNames.printable(name)
						+ ": the entry's name is not UTF-8; zip the folder with a tool that writes UTF-8 names")
				.orElse("not a readable zip file (truncated, or not a zip?): " + ex.getMessage()));
		}
	}

	/** Where {@code name} unpacks to, refused when it would leave the corpus folder. */
	private static Path path(Path root, String name) {
		Path path;
		try {
			path = root.resolve(name).normalize();
		}
		catch (InvalidPathException ex) {
			throw new ArchiveException(ZipEntryNames.printable(name) + ": the entry's name is not a valid file name");
		}
		if (name.startsWith("/") || name.contains("\\") || !path.startsWith(root) || path.equals(root)) {
			throw new ArchiveException(name + ": the entry points outside the corpus folder");
		}
		return path;
	}

	/**
	 * Files that zip tools add and that are not part of a corpus (macOS metadata, editor
	 * backups).
	 */
	private static boolean ignored(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") || name.endsWith("~") || path.toString().contains("__MACOSX");
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads one entry, refusing to go past {@code max} bytes whatever the entry's header
	 * claims.
	 */
	private static byte[] read(ZipFile zip, ZipEntry entry, String name, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try (InputStream in = zip.getInputStream(entry)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				if (out.size() + n > max) {
					throw new ArchiveException(name + ": larger than " + max + " bytes");
				}
				out.write(buffer, 0, n);
			}
		}
		catch (ZipException | java.io.EOFException ex) {
			throw new ArchiveException(name + ": cannot be unpacked (" + ex.getMessage() + ")");
		}
		return out.toByteArray();
	}

	private static void checkUtf8(String name, byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
		}
		catch (CharacterCodingException ex) {
			throw new ArchiveException(
					name + ":" + firstBadLine(content) + ": the file is not valid UTF-8; save it as UTF-8");
		}
	}

	private static int firstBadLine(byte[] content) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= content.length; i++) {
			if (i == content.length || content[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(content, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return line;
	}

	private static Path corpusRoot(Path root) throws IOException {
		if (Files.isRegularFile(root.resolve("corpus.yml"))) {
			return root;
		}
		List<Path> folders = new ArrayList<>();
		try (Stream<Path> children = Files.list(root)) {
			children.filter(Files::isDirectory).forEach(folders::add);
		}
		if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve("corpus.yml"))) {
			return folders.get(0);
		}
		return root;
	}

}
