package org.lacreview.index.corpus;

/** One finding of the corpus loader or validator, always tied to a file and line. */
public record Problem(Severity severity, Location location, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	static Problem error(Location location, String message) {
		return new Problem(Severity.ERROR, location, message);
	}

	static Problem warning(Location location, String message) {
		return new Problem(Severity.WARNING, location, message);
	}

	@Override
	public String toString() {
		return location + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
