package org.lacreview.index.corpus;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One finding of the corpus loader or validator, always tied to a file and line. The
 * message is English, for logs and the command line; {@code code} and {@code args} (when
 * the finding has them) let the staff page say it in the staff member's language
 * ({@code intent.unknown_section} with {@code {"section": "x"}}).
 *
 * @param code a stable name of the kind of finding, or null
 * @param args the values its sentence names, by name
 */
public record Problem(Severity severity, Location location, String message, String code, Map<String, String> args) {

	public enum Severity {

		ERROR, WARNING

	}

	public Problem {
		args = args == null ? Map.of() : Map.copyOf(args);
	}

	/** A finding without a code: said in English only. */
	public Problem(Severity severity, Location location, String message) {
		this(severity, location, message, null, Map.of());
	}

	static Problem error(Location location, String message) {
		return new Problem(Severity.ERROR, location, message);
	}

	static Problem warning(Location location, String message) {
		return new Problem(Severity.WARNING, location, message);
	}

	/**
	 * A key nobody reads in a corpus file other than those {@link CorpusLoader} reads (a
	 * golden test's): a warning at its line, naming the key of {@code known} it most
	 * resembles when one is close.
	 */
	public static Problem unknownKey(Location at, String key, Collection<String> known) {
		return KeyReads.unread(at, key, new TreeSet<>(known));
	}

	/**
	 * Whether this is a key nobody reads (coded {@code key.*}), which strict checking
	 * makes an error.
	 */
	public boolean isUnknownKey() {
		return code != null && code.startsWith("key.");
	}

	/** This finding as an error (a warning that strict checking refuses). */
	public Problem asError() {
		return new Problem(Severity.ERROR, location, message, code, args);
	}

	/** This finding with a code and its values, for the staff page's translations. */
	Problem coded(String code, Map<String, String> args) {
		return new Problem(severity, location, message, code, args);
	}

	@Override
	public String toString() {
		return location + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}
