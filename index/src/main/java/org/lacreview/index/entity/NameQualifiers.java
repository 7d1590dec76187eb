package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.folding.Folding;

/**
 * Tells a value's short name from the same words qualified as something else: "director
 * general" is a name of the person whose longer name is "director general de la OIM", but
 * "el director general de la OIT" names someone else. A short name's qualifying words are
 * the stop words by which a longer name of the same value goes on from it ("de" after
 * "director general", "sobre" after "relator especial"); a short name of one content word
 * ("fórum") has none. When a question goes on from a short name with one of them, the
 * qualifier that follows (up to {@value #QUALIFIER_TERMS} content words, within the
 * clause) makes it another's when it holds a word the corpus uses neither for that value
 * (its names and texts, in any language) nor anywhere in what the bot answers (examples,
 * answers, sections): "de la OIT" does, "de naciones unidas" after "fondos y programas"
 * only says more of the same. One instance per language, over the stems and stop words of
 * {@link ValueNameFinder}; used only for a closed-world corpus.
 */
final class NameQualifiers {

	/** The fewest content words of a short name that a qualifier can make another's. */
	static final int MIN_TITLE_TERMS = 2;

	/** The most content words after the qualifying word that are checked. */
	static final int QUALIFIER_TERMS = 3;

	/** Where a clause ends: a qualifier does not reach past it. */
	private static final Pattern CLAUSE_END = Pattern.compile("[?!.;,:¿¡()+/]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Function<String, List<ValueNameFinder.Token>> stems;

	private final Set<String> stopwords;

	/**
	 * Per value (family and id) and short name (its stems, space-separated:
	 * "family:id|stems"), the stop words its longer names go on with.
	 */
	private final Map<String, Set<String>> qualifying = new HashMap<>();

	/** Per value (family and id), every stem of its names and texts. */
	private final Map<String, Set<String>> known = new HashMap<>();

	/** Every stem of what the bot answers: examples, answers and sections. */
	private final Set<String> answerable;

	/** The stems of the names of one content word ("feria"), of any value. */
	private final Set<String> oneWordNames = new HashSet<>();

	/**
	 * @param answered the texts of what the bot answers (examples and answers of every
	 * intent but out of scope, sections), as written
	 */
	NameQualifiers(Collection<EntityValue> values, Collection<String> answered,
			Function<String, List<ValueNameFinder.Token>> stems, Set<String> stopwords) {
		this.stems = stems;
		this.stopwords = Set.copyOf(stopwords);
		Set<String> all = new HashSet<>();
		answered.forEach(text -> stems.apply(Folding.fold(text)).forEach(t -> all.add(t.stem())));
		for (EntityValue value : values) {
			Set<String> words = new HashSet<>();
			// Each name stemmed once: every pair of names is compared below.
			Map<String, List<ValueNameFinder.Token>> names = new LinkedHashMap<>();
			value.allNames().stream().map(Folding::fold).forEach(name -> names.computeIfAbsent(name, stems));
			for (List<ValueNameFinder.Token> nameStems : names.values()) {
				nameStems.forEach(t -> words.add(t.stem()));
				if (nameStems.size() == 1) {
					oneWordNames.add(nameStems.get(0).stem());
				}
				String shortName = key(value) + "|" + joined(nameStems);
				names.forEach((longer, longerStems) -> qualifyingWord(nameStems, longer, longerStems)
					.ifPresent(w -> qualifying.computeIfAbsent(shortName, k -> new HashSet<>()).add(w)));
			}
			value.attributes()
				.values()
				.forEach(attribute -> texts(attribute)
					.forEach(text -> stems.apply(Folding.fold(text)).forEach(t -> words.add(t.stem()))));
			known.put(key(value), words);
			all.addAll(words);
		}
		this.answerable = Set.copyOf(all);
	}

	private static String joined(List<ValueNameFinder.Token> tokens) {
		return String.join(" ", tokens.stream().map(ValueNameFinder.Token::stem).toList());
	}

	private static String key(EntityValue value) {
		return value.family() + ":" + value.id();
	}

	private static List<String> texts(Object attribute) {
		if (attribute instanceof Localized localized) {
			return new ArrayList<>(localized.texts().values());
		}
		return attribute instanceof String text ? List.of(text) : List.of();
	}

	/**
	 * The stop word by which {@code longer} goes on from a shorter name of the same value
	 * whose stems ({@code shortStems}) begin those of {@code longer} ({@code longStems}):
	 * "de" for "director general" and "director general de la agencia".
	 */
	private Optional<String> qualifyingWord(List<ValueNameFinder.Token> shortStems, String longer,
			List<ValueNameFinder.Token> longStems) {
		// A one-word name ("fórum") is no title that a qualifier could make another's.
		if (shortStems.size() < MIN_TITLE_TERMS || longStems.size() <= shortStems.size()) {
			return Optional.empty();
		}
		for (int i = 0; i < shortStems.size(); i++) {
			if (!shortStems.get(i).stem().equals(longStems.get(i).stem())) {
				return Optional.empty();
			}
		}
		String between = longer.substring(longStems.get(shortStems.size() - 1).end(),
				longStems.get(shortStems.size()).start());
		var word = WORD.matcher(between);
		return word.find() && stopwords.contains(word.group()) ? Optional.of(word.group()) : Optional.empty();
	}

	/**
	 * The words by which the value's longer names go on from {@code phrase} (stems,
	 * space-separated), or from a shorter name of the value that begins or ends it: "de
	 * la ONU" may stand between "relator especial" and the "sobre" of its longer name,
	 * and "UN" before "special rapporteur".
	 */
	private Set<String> qualifyingWords(EntityValue value, String phrase) {
		String prefix = key(value) + "|";
		Set<String> words = new HashSet<>();
		qualifying.forEach((name, following) -> {
			if (name.startsWith(prefix)) {
				String stems = name.substring(prefix.length());
				if (phrase.equals(stems) || phrase.startsWith(stems + " ") || phrase.endsWith(" " + stems)) {
					words.addAll(following);
				}
			}
		});
		return words;
	}

	/**
	 * Whether the words after {@code phrase} (the stems of a name of every one of
	 * {@code values}, space-separated), ending at {@code end} of the folded question,
	 * qualify it as something else: they go on with a word by which a longer name of the
	 * value goes on from that name, and then name a word the corpus uses neither for the
	 * value nor in anything it answers, before or at a word that is a value's whole name.
	 */
	boolean qualifiedOtherwise(List<EntityValue> values, String phrase, String folded, int end) {
		if (values.isEmpty()) {
			return false;
		}
		String after = folded.substring(end);
		var clause = CLAUSE_END.matcher(after);
		if (clause.find()) {
			after = after.substring(0, clause.start());
		}
		var first = WORD.matcher(after);
		if (!first.find()) {
			return false;
		}
		String word = first.group();
		List<ValueNameFinder.Token> qualifier = stems.apply(after.substring(first.end()));
		List<String> terms = new ArrayList<>();
		for (ValueNameFinder.Token token : qualifier.subList(0, Math.min(QUALIFIER_TERMS, qualifier.size()))) {
			terms.add(token.stem());
			if (oneWordNames.contains(token.stem())) {
				// The qualifier names a value ("de la feria"): the words after it
				// ("combinados") say something of the whole, not who else is meant.
				break;
			}
		}
		return !terms.isEmpty() && values.stream()
			.allMatch(value -> qualifyingWords(value, phrase).contains(word) && terms.stream()
				.anyMatch(t -> !answerable.contains(t) && !known.getOrDefault(key(value), Set.of()).contains(t)));
	}

}
