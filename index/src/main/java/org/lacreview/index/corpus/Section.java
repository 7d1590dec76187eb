package org.lacreview.index.corpus;

/** A cleaned section of the source document, as staff wrote it in {@code sections/*.md}. */
public record Section(String id, String title, String url, String body, Location location) {
}
