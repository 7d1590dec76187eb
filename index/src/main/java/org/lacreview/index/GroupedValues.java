package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Phrases;

/**
 * "¿Hubo más talleres que charlas y ferias juntas?": a difference between groups of
 * values of one family, each group's figures added up. The question names three values or
 * more of one family with figures (a name of several, "los días de feria", names each and
 * is never split; values of other families, "por Zoom", are what the figures are of),
 * says a sum's phrase ("juntas", "combined", "+") or joins two names by one of its
 * {@code plus_words} ("los talleres más las charlas"), and splits them in two at exactly
 * one place between two names: where a difference's phrase ends ("más talleres que",
 * "vs"), where one of the language's {@code alternative_joiners} stands when a sum's
 * phrase joins two names of one side ("talleres o charlas + ferias"; "talleres, charlas o
 * ferias, todo junto" is one sum), or where a sum's phrase follows one of its
 * {@code part_joiners} ("la diferencia entre los talleres y la suma de charlas y
 * ferias"). The names on either side of every other place are joined, each group one side
 * of the difference. Part of reading the operation ({@link OperationReader});
 * {@link Computations} then computes over the two sums.
 */
final class GroupedValues {

	/**
	 * The most words between two names of one group: a joiner and what stands around it
	 * ("talleres, y también las charlas").
	 */
	static final int MAX_JOINING_WORDS = 4;

	private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}+]");

	private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}+]+");

	/** Per language, its part joiners, as whole words. */
	private final Map<String, Pattern> joiners = new HashMap<>();

	/** Per language, its alternative joiners, as whole words. */
	private final Map<String, Pattern> alternatives = new HashMap<>();

	/** Per language, its plus words ({@code plus_words}), as whole words. */
	private final Map<String, Pattern> plusWords = new HashMap<>();

	GroupedValues(Corpus corpus) {
		corpus.languages().forEach((code, pack) -> {
			Optional.ofNullable(Phrases.wholeWords(pack.phrasing().partJoiners())).ifPresent(p -> joiners.put(code, p));
			Optional.ofNullable(Phrases.wholeWords(pack.phrasing().alternativeJoiners()))
				.ifPresent(p -> alternatives.put(code, p));
			Optional.ofNullable(Phrases.wholeWords(pack.phrasing().plusWords())).ifPresent(p -> plusWords.put(code, p));
		});
	}

	/**
	 * The ids of the values of the first group, in the order named, when {@code question}
	 * sets two groups against each other as above; empty otherwise.
	 * @param byOperation the language's operation phrases
	 */
	List<String> firstGroup(Extraction question, String language, Map<Operation, Pattern> byOperation) {
		Pattern sum = byOperation.get(Operation.SUM);
		Pattern difference = byOperation.get(Operation.DIFFERENCE);
		Pattern joiner = joiners.get(language);
		String folded = question.folded();
		Pattern plus = plusWords.get(language);
		if (sum == null || difference == null || joiner == null) {
			return List.of();
		}
		List<Mention> named = ofOneFamily(question.mentions());
		if (named.size() < 2) {
			return List.of();
		}
		List<Integer> phraseEnds = ends(difference, folded);
		Pattern alternative = alternatives.get(language);
		int split = -1;
		boolean byAlternative = false;
		boolean summedWithin = false;
		// "los talleres más las charlas superan a…": a plus word between two names of
		// one side joins them as a sum's phrase does; one where the sides meet ("los
		// talleres tuvieron más que…") is the difference's.
		boolean plusWithin = false;
		for (int i = 0; i + 1 < named.size(); i++) {
			int from = named.get(i).end();
			int to = named.get(i + 1).start();
			if (from > to) {
				return List.of();
			}
			String between = folded.substring(from, to);
			boolean differing = phraseEnds.stream().anyMatch(end -> end > from && end <= to)
					|| joinedSum(between, joiner, sum);
			boolean either = !differing && alternative != null && alternative.matcher(between).find();
			if (differing || either) {
				if (split >= 0) {
					return List.of();
				}
				split = i;
				byAlternative = either;
			}
			else if (!joiner.matcher(between).find() && !sum.matcher(between).find() && !between.contains(",")
					&& !plusJoined(between, plus) || words(between) > MAX_JOINING_WORDS) {
				return List.of();
			}
			else {
				boolean plusHere = plusJoined(between, plus);
				plusWithin |= plusHere;
				summedWithin |= plusHere || sum.matcher(between).find();
			}
		}
		// "A, B or C, all together" lists alternatives added up; "A or B + C" sets A
		// against the sum of B and C.
		if (split < 0 || byAlternative && !summedWithin || !plusWithin && !sum.matcher(folded).find()) {
			return List.of();
		}
		return named.subList(0, split + 1).stream().flatMap(m -> m.values().stream()).map(EntityValue::id).toList();
	}

	/**
	 * The mentions, in order, of the one family with figures whose values the question
	 * names three or more of, each once: a mention may name several ("los días de mesas
	 * redondas", a group of its own); values of other families ("por Zoom") are what the
	 * figures are of. Empty when no family or several have that many.
	 */
	private static List<Mention> ofOneFamily(List<Mention> mentions) {
		Map<String, List<Mention>> byFamily = new HashMap<>();
		mentions.stream()
			.filter(m -> !m.isDate() && !m.values().isEmpty() && m.values().stream().allMatch(Operands::hasFigures)
					&& m.values().stream().map(EntityValue::family).distinct().count() == 1)
			.sorted(Comparator.comparingInt(Mention::start))
			.forEach(m -> byFamily.computeIfAbsent(m.values().get(0).family(), f -> new ArrayList<>()).add(m));
		List<List<Mention>> three = byFamily.values()
			.stream()
			.filter(named -> named.stream().mapToInt(m -> m.values().size()).sum() >= 3)
			.toList();
		if (three.size() != 1) {
			return List.of();
		}
		List<Mention> named = three.get(0);
		long distinct = named.stream().flatMap(m -> m.values().stream()).map(EntityValue::id).distinct().count();
		return distinct == named.stream().mapToInt(m -> m.values().size()).sum() ? named : List.of();
	}

	/** Where every phrase of {@code pattern} that begins a word of {@code text} ends. */
	static List<Integer> ends(Pattern pattern, String text) {
		List<Integer> ends = new ArrayList<>();
		Matcher starts = WORD_START.matcher(text);
		Matcher phrase = pattern.matcher(text);
		while (starts.find()) {
			phrase.region(starts.start(), text.length());
			if (phrase.lookingAt()) {
				ends.add(phrase.end());
			}
		}
		return ends;
	}

	/**
	 * Whether a plus word joins the two names {@code between} stands between: it has one,
	 * among at most {@value JoinedValues#MAX_SHORT_WORDS} more short words ("más la").
	 */
	private static boolean plusJoined(String between, Pattern plus) {
		return plus != null && plus.matcher(between).find() && words(between) <= JoinedValues.MAX_SHORT_WORDS + 1;
	}

	/** "… y la suma de …": a joiner, then a sum's phrase after it. */
	private static boolean joinedSum(String between, Pattern joiner, Pattern sum) {
		Matcher joining = joiner.matcher(between);
		return joining.find() && sum.matcher(between.substring(joining.end())).find();
	}

	private static int words(String text) {
		return (int) WORDS.matcher(text).results().count();
	}

}
