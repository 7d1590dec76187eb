package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * The figures a value's texts give other values: "47 representantes de 11 entidades
 * regionales y 20 representantes de agencias de la ONU" gives the UN agencies 20 within
 * that consultation. A figure is a number at most {@value #FIGURE_TO_NAME_WORDS} words
 * before one of the value's names; a name in a list after a whole's figure ("400 pupils
 * from schools, clubs and families") has none of its own. Built once per engine, one
 * pattern per value; used by {@link Operands} (the operand a question computes with) and
 * {@link Breakdowns} (whether an answer gives a value's figure).
 */
final class FiguresInTexts {

	/**
	 * At most this many words between a figure and the name it is the figure of ("20 of
	 * the schools", "400 pupils from the schools").
	 */
	static final int FIGURE_TO_NAME_WORDS = 2;

	/**
	 * Per value ("family:id"), a number before one of its names; the number is group 1.
	 */
	private final Map<String, Pattern> byValue = new HashMap<>();

	/**
	 * Per value ("family:id"), its text attributes in every language, folded, in the
	 * attributes' order: folding them again for every figure looked for was a tenth of
	 * the time of a follow-up.
	 */
	private final Map<String, List<String>> foldedTexts = new HashMap<>();

	FiguresInTexts(Corpus corpus) {
		corpus.families().forEach(family -> family.values().forEach(value -> {
			foldedTexts.put(key(value), foldedTexts(value));
			List<String> names = value.allNames();
			if (!names.isEmpty()) {
				byValue.put(key(value),
						Pattern.compile("(?<![\\p{L}\\p{N}])(\\d+)[^\\p{L}\\p{N}]+(?:\\p{L}+[^\\p{L}\\p{N}]+){0,"
								+ FIGURE_TO_NAME_WORDS + "}(?:" + Phrases.alternation(names) + ")(?![\\p{L}\\p{N}])"));
			}
		}));
	}

	private static String key(EntityValue value) {
		return value.family() + ":" + value.id();
	}

	/**
	 * The figure {@code folded} (a folded text) gives {@code value}, the first such;
	 * empty for none, or for a value that is not the corpus's.
	 */
	Optional<Double> of(EntityValue value, String folded) {
		Pattern pattern = byValue.get(key(value));
		if (pattern == null) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(folded);
		return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
	}

	/**
	 * The figure the texts of {@code other} (its text attributes, in every language) give
	 * {@code value}; empty for none.
	 */
	Optional<Double> inTextsOf(EntityValue other, EntityValue value) {
		List<String> texts = foldedTexts.get(key(other));
		return (texts != null ? texts : foldedTexts(other)).stream()
			.map(text -> of(value, text))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static List<String> foldedTexts(EntityValue value) {
		return value.attributes().values().stream().flatMap(ValueTexts::texts).map(Folding::fold).toList();
	}

}
