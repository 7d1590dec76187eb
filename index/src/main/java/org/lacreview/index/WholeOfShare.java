package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The value a share is of, when the question names it beside the part: "el 28 fue qué
 * porcentaje de lo del 26" asks the 28th's figure as a share of the 26th's, not the two
 * days' share of all three. The question names two values of one family, no joiner of its
 * language ({@code part_joiners}: "y", "and") stands between them (then they are two
 * parts of a share of the whole family; nor any of {@code alternative_joiners}: "o",
 * "or", either of them) unless the share's phrase does ("la del martes, ¿qué % fue de la
 * del lunes?"), nor a phrase of the sum ("plus", "+": added up, they are one part), and
 * the first of them after the share's phrase is the whole. A value named right after one
 * of the language's {@code share_bases} ("respecto a", "relative to") is the whole
 * wherever it stands, and the two are then part and whole whatever stands between them
 * ("% de zoom del 28 respecto al 26").
 */
final class WholeOfShare {

	/** Per language, the joiners between two parts of one share, as whole words. */
	private final Map<String, Pattern> joiners = new HashMap<>();

	/** Per language, the phrases after which the whole is named, as whole words. */
	private final Map<String, Pattern> bases = new HashMap<>();

	WholeOfShare(Corpus corpus) {
		corpus.languages().forEach((code, pack) -> {
			List<String> words = new ArrayList<>(pack.phrasing().partJoiners());
			// "talleres o charlas": either of them, their sum.
			words.addAll(pack.phrasing().alternativeJoiners());
			Pattern pattern = Phrases.wholeWords(words);
			if (pattern != null) {
				joiners.put(code, pattern);
			}
			Pattern base = Phrases.wholeWords(pack.phrasing().shareBases());
			if (base != null) {
				bases.put(code, base);
			}
		});
	}

	/**
	 * The whole, as "family:id"; empty when the question does not name one this way.
	 * @param sharePhrase the language's pattern of the share's phrases
	 * @param sumPhrase the language's pattern of the sum's phrases, null when it has
	 * none: one between the two values adds them ("X plus Y"), as a joiner does
	 */
	Optional<String> whole(Extraction question, String language, Pattern sharePhrase, Pattern sumPhrase) {
		String folded = question.folded();
		Matcher phrase = sharePhrase.matcher(folded);
		if (!phrase.find()) {
			return Optional.empty();
		}
		Map<String, List<Mention>> byFamily = new LinkedHashMap<>();
		question.mentions()
			.stream()
			.filter(m -> m.isCovered() && m.values().size() == 1)
			.forEach(m -> byFamily.computeIfAbsent(m.values().get(0).family(), f -> new ArrayList<>()).add(m));
		List<List<Mention>> pairs = byFamily.values().stream().filter(ms -> ms.size() == 2).toList();
		if (pairs.size() != 1) {
			return Optional.empty();
		}
		List<Mention> pair = pairs.get(0);
		Optional<Mention> based = afterBase(folded, language, pair);
		if (based.isPresent()) {
			return based.map(WholeOfShare::key);
		}
		Pattern joiner = joiners.get(language);
		String between = folded.substring(pair.get(0).end(), Math.max(pair.get(0).end(), pair.get(1).start()));
		// "La del martes, ¿qué % fue de la del lunes?": the share's phrase between
		// the two makes them part and whole, whatever else stands between them.
		boolean phraseBetween = phrase.start() >= pair.get(0).end() && phrase.end() <= pair.get(1).start();
		if (!phraseBetween && (joiner == null || joiner.matcher(between).find() || between.contains(",")
				|| sumPhrase != null && sumPhrase.matcher(between).find())) {
			return Optional.empty();
		}
		return pair.stream().filter(m -> m.start() >= phrase.end()).findFirst().map(WholeOfShare::key);
	}

	/**
	 * The one of the two named right after a base phrase: the phrase ends before it,
	 * after the other one when that is named first, with at most
	 * {@value #WORDS_BEFORE_BASE} words between ("respecto de la del 26"), or within its
	 * first words.
	 */
	private Optional<Mention> afterBase(String folded, String language, List<Mention> pair) {
		Pattern base = bases.get(language);
		if (base == null) {
			return Optional.empty();
		}
		List<Mention> named = new ArrayList<>();
		for (int i = 0; i < pair.size(); i++) {
			int from = i == 0 ? 0 : pair.get(i - 1).end();
			Mention mention = pair.get(i);
			// The phrase may end within the mention, whose name can start with the
			// phrase's last word ("respecto del 26", the date read as "del 26").
			Matcher matcher = base.matcher(folded).region(from, Math.max(from, mention.end()));
			while (matcher.find() && matcher.start() < mention.start()) {
				if (folded.substring(Math.min(matcher.end(), mention.start()), mention.start())
					.strip()
					.split("\\s+").length <= WORDS_BEFORE_BASE) {
					named.add(mention);
					break;
				}
			}
		}
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/**
	 * The language's share bases ({@code share_bases}: "respecto a", "compared with"), as
	 * whole words; empty when it has none.
	 */
	Optional<Pattern> bases(String language) {
		return Optional.ofNullable(bases.get(language));
	}

	/**
	 * The question without its base phrases, each replaced by a space: what it says
	 * besides naming a share's whole ("em relação ao 26" names a whole, not a
	 * difference).
	 */
	String withoutBases(String folded, String language) {
		Pattern base = bases.get(language);
		return base == null ? folded : base.matcher(folded).replaceAll(" ");
	}

	/** How many words may stand between a base phrase and the value it names. */
	private static final int WORDS_BEFORE_BASE = 3;

	private static String key(Mention mention) {
		return mention.values().get(0).family() + ":" + mention.values().get(0).id();
	}

}
