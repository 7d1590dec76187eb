package org.lacreview.index.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Typed values read from YAML scalars, each refusal an error with the scalar's file and
 * line.
 */
final class YamlValues {

	private YamlValues() {
	}

	/**
	 * YAML's own spellings of a yes/no value (true/false, yes/no, on/off), as SnakeYAML
	 * resolves them.
	 */
	static boolean bool(YamlNode node) {
		if (new org.yaml.snakeyaml.Yaml().load(node.text()) instanceof Boolean value) {
			return value;
		}
		throw node.error("expected true or false: " + node.text());
	}

	/** A number ("0.35"); {@code key} names it in the error. */
	static double number(YamlNode node, String key) {
		try {
			return Double.parseDouble(node.text());
		}
		catch (NumberFormatException ex) {
			throw node.error(key + " must be a number, not '" + node.text() + "'");
		}
	}

	/** The whole number under {@code key} of {@code item}, when it has one. */
	static Optional<Integer> integer(YamlNode item, String key) {
		return item.get(key).map(n -> {
			try {
				return Integer.parseInt(n.text());
			}
			catch (NumberFormatException ex) {
				throw n.error("'" + key + "' must be a whole number: " + n.text());
			}
		});
	}

	/**
	 * A link shown to users (a source's address): only absolute http(s) addresses with a
	 * host, so that a {@code javascript:} or {@code data:} link never reaches a chat as
	 * something to click.
	 */
	static String webUrl(YamlNode node) {
		String url = node.text().strip();
		try {
			java.net.URI uri = new java.net.URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return url;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below with the line
		}
		throw node.error("a link must be an http:// or https:// address with a host: "
				+ (url.length() > 200 ? url.substring(0, 200) + "…" : url));
	}

	/** The words in lower case, stripped, empty ones left out. */
	static List<String> lower(List<String> words) {
		return words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).filter(w -> !w.isEmpty()).toList();
	}

	/** "a, b ,c" → [a, b, c], empty parts left out. */
	static List<String> splitCommas(String line) {
		return Stream.of(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
