package org.lacreview.index;

/** Where an answer comes from: a section of the document, with its title and link. */
public record Source(String id, String title, String url) {
}
