package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a reader asked of each mapping of one YAML file, so that the keys it never read
 * are reported: a misspelt key ({@code sugest:}) would otherwise be ignored, and staff
 * would edit a text the bot never says. The known keys are the ones the reader asks for
 * ({@link YamlNode#get}): reading a new key is the one line that makes it known. A
 * mapping whose keys are data (an entity value's attributes, ordinals, spellings) accepts
 * every key; one whose keys are languages accepts the corpus's languages.
 *
 * <p>
 * Each finding is a warning with the key's file and line, coded {@code key.*}: the
 * publish gate and {@code validate --strict} make them errors
 * ({@link Problem#isUnknownKey}).
 */
final class KeyReads {

	/**
	 * How alike an unknown key and a known one must be for the warning to suggest it, as
	 * Lucene's spell checker measures it (1 − edits ÷ the shorter key's length, two
	 * swapped letters one edit, as in {@code ulr}): one letter off in a two-letter
	 * language code is 0.5.
	 */
	static final float HINT = 0.5f;

	/**
	 * How alike a data key must be to a key the reader reads by name to be taken for its
	 * misspelling ({@code in_documnet}); 0.8 leaves real attributes such as {@code day}
	 * beside {@code date} alone.
	 */
	static final float NEAR_MISS = 0.8f;

	private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

	/** Per mapping read by key, the keys asked for (present or not). */
	private final Map<Node, Set<String>> asked = new IdentityHashMap<>();

	/**
	 * Per mapping whose keys are data, the keys read by name beside them (for
	 * misspellings).
	 */
	private final Map<Node, Collection<String>> data = new IdentityHashMap<>();

	/** Mappings whose keys are language codes. */
	private final Set<Node> languages = Collections.newSetFromMap(new IdentityHashMap<>());

	void asked(Node mapping, String key) {
		asked.computeIfAbsent(mapping, m -> new LinkedHashSet<>()).add(key);
	}

	void data(Node mapping, Collection<String> named) {
		data.merge(mapping, List.copyOf(named), (a, b) -> a.isEmpty() ? b : a);
	}

	void languages(Node mapping) {
		languages.add(mapping);
	}

	/**
	 * The keys nobody read, each a warning at its line.
	 * @param file the file's name in the corpus
	 * @param corpusLanguages the languages of {@code corpus.yml}; empty when they are not
	 * known (then language keys are not checked)
	 */
	List<Problem> unknown(String file, List<String> corpusLanguages) {
		List<Problem> found = new ArrayList<>();
		for (Node node : languages) {
			if (!corpusLanguages.isEmpty()) {
				keys(file, node).forEach((key, at) -> {
					if (!corpusLanguages.contains(key)) {
						found.add(language(at, key, corpusLanguages));
					}
				});
			}
		}
		data.forEach((node, named) -> {
			if (!languages.contains(node)) {
				keys(file, node)
					.forEach((key, at) -> closest(key, named, NEAR_MISS).filter(close -> !named.contains(key))
						.ifPresent(close -> found.add(misspelt(at, key, close))));
			}
		});
		asked.forEach((node, known) -> {
			if (!languages.contains(node) && !data.containsKey(node)) {
				keys(file, node).forEach((key, at) -> {
					if (!known.contains(key)) {
						found.add(unread(at, key, known));
					}
				});
			}
		});
		found.sort(Comparator.comparingInt((Problem p) -> p.location().line()));
		return found;
	}

	static Problem unread(Location at, String key, Set<String> known) {
		Optional<String> close = closest(key, known, HINT);
		String message = "unknown key '" + key + "': the bot does not read it, so what it holds is never used; "
				+ close.map(c -> "did you mean '" + c + "'?")
					.orElse("the keys read here are " + String.join(", ", known.stream().sorted().toList()));
		return Problem.warning(at, message).coded("key.unknown", args(key, close, known.stream().sorted().toList()));
	}

	private static Problem language(Location at, String key, List<String> corpusLanguages) {
		Optional<String> close = closest(key, corpusLanguages, HINT);
		String message = "'" + key + "' is not one of the corpus's languages (" + String.join(", ", corpusLanguages)
				+ " in corpus.yml), so this text is never used"
				+ close.map(c -> "; did you mean '" + c + "'?").orElse("");
		return Problem.warning(at, message).coded("key.unknown_language", args(key, close, corpusLanguages));
	}

	private static Problem misspelt(Location at, String key, String close) {
		return Problem
			.warning(at,
					"'" + key + "' looks like a misspelt '" + close + "', but it is read as an attribute; correct it, "
							+ "or rename the attribute if it is one")
			.coded("key.misspelt", args(key, Optional.of(close), List.of()));
	}

	/**
	 * The values the staff page's sentence is made of: {@code key}, {@code suggestion}
	 * (the key most alike, when one is) and {@code known} (the keys or languages accepted
	 * there, comma-separated, when the finding names them).
	 */
	private static Map<String, String> args(String key, Optional<String> close, List<String> known) {
		Map<String, String> args = new LinkedHashMap<>();
		args.put("key", key);
		close.ifPresent(c -> args.put("suggestion", c));
		if (!known.isEmpty()) {
			args.put("known", String.join(", ", known));
		}
		return args;
	}

	/** The most alike of {@code known} with a similarity of at least {@code min}. */
	private static Optional<String> closest(String key, Collection<String> known, float min) {
		String best = null;
		float score = min;
		for (String candidate : known.stream().sorted().toList()) {
			float similarity = DISTANCE.getDistance(key, candidate);
			if (similarity >= score && (best == null || similarity > score)) {
				best = candidate;
				score = similarity;
			}
		}
		return Optional.ofNullable(best);
	}

	/** A mapping's plain keys with their lines. */
	private static Map<String, Location> keys(String file, Node node) {
		Map<String, Location> keys = new LinkedHashMap<>();
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					keys.putIfAbsent(key.getValue(), new Location(file, key.getStartMark().getLine() + 1));
				}
			}
		}
		return keys;
	}

}
