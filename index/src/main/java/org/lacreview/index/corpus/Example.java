package org.lacreview.index.corpus;

/** One example question of an intent, in one language. */
public record Example(String intent, String language, String text, Location location) {
}
