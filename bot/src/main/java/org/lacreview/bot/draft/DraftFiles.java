package org.lacreview.bot.draft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A corpus's files as texts by path ({@code intents/meeting.yml}), read from and written
 * as the normalised zip a version stores (sorted entries, fixed timestamps, so the same
 * files always give the same bytes). The zips read here were checked when they became a
 * version or a draft, so no upload limits apply.
 */
record DraftFiles(SortedMap<String, String> files) {

	DraftFiles {
		files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
	}

	static DraftFiles fromZip(byte[] zip) {
		SortedMap<String, String> files = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a stored corpus zip cannot be read", ex);
		}
		return new DraftFiles(files);
	}

	byte[] toZip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setLastModifiedTime(FileTime.fromMillis(0));
				zip.putNextEntry(entry);
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	Optional<String> text(String path) {
		return Optional.ofNullable(files.get(path));
	}

	/** The paths under {@code folder} ending in {@code extension}, sorted. */
	List<String> paths(String folder, String extension) {
		return files.keySet().stream().filter(p -> p.startsWith(folder + "/") && p.endsWith(extension)).toList();
	}

	DraftFiles without(String path) {
		SortedMap<String, String> changed = new TreeMap<>(files);
		changed.remove(path);
		return new DraftFiles(changed);
	}

	DraftFiles with(String path, String text) {
		SortedMap<String, String> changed = new TreeMap<>(files);
		changed.put(path, text);
		return new DraftFiles(changed);
	}
}
