package org.lacreview.index.corpus;

/**
 * A place in a corpus file, so that every problem can be reported as {@code file:line}.
 */
public record Location(String file, int line) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line : file;
	}
}
