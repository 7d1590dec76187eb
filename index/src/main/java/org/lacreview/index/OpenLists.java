package org.lacreview.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Phrases;

/**
 * A list of values left open ("todas las categorías (talleres, charlas, etc.)"): the
 * values before a language's {@code open_list_words} are examples of their family, not
 * the values asked about, so the list is read as if it were not there and the question
 * asks about what it says around it (all the categories). A list is two or more values of
 * one family in a row, each apart from the next by commas, spaces or one short word ("y",
 * "and"), and from the open-list word by the same. Built once per engine.
 */
final class OpenLists {

	/** What may stand between two values of a list, or a value and its open-list word. */
	private static final Pattern BETWEEN = Pattern.compile("[\\s,;/]*(?:\\p{L}{1,3}[\\s,;/]+)?");

	/** An opening bracket before a list, with the spaces after it. */
	private static final Pattern OPENING = Pattern.compile("\\(\\s*$");

	/** A full stop or a closing bracket after an open-list word. */
	private static final Pattern CLOSING = Pattern.compile("^\\.?\\s*\\)?");

	/** Per language, its open-list words as whole words. */
	private final Map<String, Pattern> markers = new HashMap<>();

	OpenLists(Corpus corpus) {
		corpus.languages().forEach((code, pack) -> {
			Pattern pattern = Phrases.wholeWords(pack.phrasing().openListWords());
			if (pattern != null) {
				markers.put(code, pattern);
			}
		});
	}

	/**
	 * The question (folded) without its first open list, brackets included; empty when it
	 * has none.
	 */
	Optional<String> cut(Extraction extraction, String language) {
		Pattern marker = markers.get(language);
		if (marker == null || extraction.mentions().size() < 2) {
			return Optional.empty();
		}
		String folded = extraction.folded();
		List<Mention> mentions = extraction.mentions()
			.stream()
			.filter(m -> m.isCovered() && m.values().size() == 1)
			.sorted(Comparator.comparingInt(Mention::start))
			.toList();
		Matcher found = marker.matcher(folded);
		while (found.find()) {
			int at = found.start();
			int end = found.end();
			if (extraction.mentions().stream().anyMatch(m -> m.start() < end && at < m.end())) {
				// "y otros" may be a value's own name.
				continue;
			}
			Optional<Integer> start = listStart(mentions, folded, at);
			if (start.isPresent()) {
				int from = start.get();
				Matcher opening = OPENING.matcher(folded.substring(0, from));
				if (opening.find()) {
					from = opening.start();
				}
				Matcher closing = CLOSING.matcher(folded.substring(end));
				int to = end + (closing.lookingAt() ? closing.end() : 0);
				return Optional.of((folded.substring(0, from) + " " + folded.substring(to)).replaceAll("\\s{2,}", " "));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the list ending right before {@code at} starts: the first of two or more
	 * values of one family in a row before it; empty when there is none.
	 */
	private static Optional<Integer> listStart(List<Mention> mentions, String folded, int at) {
		int next = at;
		int count = 0;
		String family = null;
		int start = -1;
		for (int i = mentions.size() - 1; i >= 0; i--) {
			Mention mention = mentions.get(i);
			if (mention.end() > next) {
				continue;
			}
			String its = mention.values().get(0).family();
			boolean joined = BETWEEN.matcher(folded.substring(mention.end(), next)).matches();
			if (!joined || family != null && !family.equals(its)) {
				break;
			}
			family = its;
			start = mention.start();
			next = mention.start();
			count++;
		}
		return count >= 2 ? Optional.of(start) : Optional.empty();
	}

}
