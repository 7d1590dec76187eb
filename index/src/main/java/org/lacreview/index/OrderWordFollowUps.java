package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Follow-ups that point at a value by its place: an ordinal or a number of an ordered
 * family ("¿y el segundo?", "¿y la 2?"), a place in the list the last answer gave, the
 * other one of two ("¿y la otra?"), or a step from the last value ("¿y el siguiente?",
 * {@link StepFollowUps}). Each is read as the question with that value's name or the
 * family's word in place. Part of {@link FollowUpRewriter}.
 */
final class OrderWordFollowUps {

	private final Corpus corpus;

	/**
	 * Per language, its words for the other one of two values ({@code other_words}),
	 * folded, as whole words.
	 */
	private final Map<String, Pattern> otherWords = new HashMap<>();

	/** Every language's ordinals, folded, to their position (-1 for the last). */
	private final Map<String, Integer> ordinals = new HashMap<>();

	/** Every language's ordinals as whole words: one may be of several ("runner-up"). */
	private final Pattern ordinalWords;

	private final StepFollowUps steps;

	/** A date written as one number and stop words is bare ({@link #bareUnknownDay}). */
	private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");

	/**
	 * Per language, the words that say nothing of their own in a follow-up, folded (see
	 * {@link FollowUpRewriter}).
	 */
	private final Map<String, Set<String>> sayingNothing;

	OrderWordFollowUps(Corpus corpus, Map<String, Set<String>> sayingNothing) {
		this.corpus = corpus;
		this.sayingNothing = sayingNothing;
		this.steps = new StepFollowUps(corpus);
		corpus.languages()
			.values()
			.forEach(pack -> pack.rankingOrdinals().forEach((w, n) -> ordinals.put(Folding.fold(w), n)));
		this.ordinalWords = Phrases.wholeWords(ordinals.keySet());
		corpus.languages().forEach((code, pack) -> {
			Pattern words = Phrases.wholeWords(pack.phrasing().otherWords().stream().map(Folding::fold).toList());
			if (words != null) {
				otherWords.put(code, words);
			}
		});
	}

	/** Whether {@code word} (folded) is an ordinal of a corpus language. */
	boolean isOrdinal(String word) {
		return ordinals.containsKey(word);
	}

	/**
	 * "¿y el segundo?" after an answer about one value of an ordered family (the first
	 * day's Zoom figure): the question with the family's word after the ordinal ("¿y el
	 * segundo dia?"), so that it names that family's value at that position; and "¿y la
	 * 2?" after one about área 1, with the family's number word before the number ("¿y la
	 * área 2?"); else, after an answer that listed several values of a family
	 * ({@link DialogState#listed()}), the question with the ordinal replaced by the name
	 * of the value at that place in the list ("¿qué cargo tiene el segundo?" after an
	 * answer naming three people: the second one's name in place of "segundo"); else, "¿y
	 * el siguiente?", with the value one step from the last one's name in place of the
	 * step word ({@link StepFollowUps}). Empty when the question names something already,
	 * has no ordinal or number of a value, or neither the previous answer's family has an
	 * order (and the question leans on context) nor the conversation a list.
	 */
	Optional<String> withOrderWord(Extraction extraction, String lang, DialogState previous) {
		// A bare number read as a day of no month the document has ("¿y el 4?" after
		// a numbered workshop) names nothing yet: it may be the family's number.
		if (!extraction.mentions().stream().allMatch(m -> bareUnknownDay(m, lang))) {
			return Optional.empty();
		}
		Optional<String> slot = previous.intent().flatMap(corpus::intent).flatMap(Intent::slot);
		// The family of the last answer's slot, when the question leans on it; else of
		// the answer's longest list, whatever its words: "¿qué se vio en la 2?" after the
		// three rooms listed is the room numbered 2.
		Optional<EntityFamily> family = slot.filter(s -> extraction.leansOnContext())
			.or(() -> slot.isPresent() ? Optional.empty() : previous.longestList().map(Map.Entry::getKey))
			.flatMap(corpus::family)
			.filter(f -> !f.orderWords().isEmpty() && f.ordered());
		// "Which group is the first one from?" names nothing and leans on the list
		// however many words it has.
		return family.flatMap(f -> withOrderWord(extraction.folded(), f))
			.or(() -> listedAt(extraction.folded(), lang, previous))
			.or(() -> steps.stepped(extraction.folded(), lang, previous));
	}

	/**
	 * The ordinal or number replaced by the name of the value at that place in the list
	 * the last answer gave.
	 */
	private Optional<String> listedAt(String folded, String lang, DialogState previous) {
		Optional<Map.Entry<String, List<String>>> first = previous.longestList();
		if (first.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<String, List<String>> list = first.get();
		Optional<String> other = theOther(folded, lang, previous);
		if (other.isPresent()) {
			return other;
		}
		if (ordinalWords == null) {
			return Optional.empty();
		}
		Matcher word = ordinalWords.matcher(folded);
		while (word.find()) {
			Integer position = ordinals.get(word.group());
			if (position != null && position != 0 && Math.abs(position) <= list.getValue().size()) {
				String id = list.getValue().get(position > 0 ? position - 1 : list.getValue().size() + position);
				Optional<String> name = corpus.family(list.getKey())
					.flatMap(f -> f.value(id))
					.flatMap(v -> v.label().in(lang, List.of(corpus.info().defaultLanguage())))
					.map(Folding::fold);
				if (name.isPresent()) {
					return Optional.of(folded.substring(0, word.start()) + name.get() + folded.substring(word.end()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * "¿y la otra?" after a list of two or more values one of which the conversation then
	 * asked about: the question with the language's other word replaced by the name of
	 * the one value listed that was not asked about (in the first family listed where
	 * exactly one was not); empty when there is no such word or no such family.
	 */
	private Optional<String> theOther(String folded, String lang, DialogState previous) {
		Pattern words = otherWords.get(lang);
		Matcher other = words == null ? null : words.matcher(folded);
		if (other == null || !other.find()) {
			return Optional.empty();
		}
		for (Map.Entry<String, List<String>> list : previous.listed().entrySet()) {
			List<String> asked = previous.values().getOrDefault(list.getKey(), List.of());
			List<String> rest = list.getValue().stream().filter(id -> !asked.contains(id)).toList();
			if (list.getValue().size() >= 2 && rest.size() == 1 && rest.size() < list.getValue().size()) {
				return otherNamed(folded, other, lang, list.getKey(), rest.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code folded} with the other word {@code other} found replaced by the value's
	 * name.
	 */
	private Optional<String> otherNamed(String folded, Matcher other, String lang, String family, String id) {
		return corpus.family(family)
			.flatMap(f -> f.value(id))
			.flatMap(v -> v.label().in(lang, List.of(corpus.info().defaultLanguage())))
			.map(Folding::fold)
			.map(name -> folded.substring(0, other.start()) + name + folded.substring(other.end()));
	}

	/**
	 * Whether {@code mention} is a date the document lacks, written as one number and
	 * stop words ("el 4").
	 */
	private boolean bareUnknownDay(Mention mention, String lang) {
		if (!mention.isDate() || mention.isCovered()) {
			return false;
		}
		Set<String> nothing = sayingNothing.getOrDefault(lang, Set.of());
		List<String> words = List.of(WORD_SPLIT.split(Folding.fold(mention.text()).strip()));
		return words.stream().filter(w -> w.chars().allMatch(Character::isDigit)).count() == 1
				&& words.stream().allMatch(w -> w.chars().allMatch(Character::isDigit) || nothing.contains(w));
	}

	private Optional<String> withOrderWord(String folded, EntityFamily family) {
		Matcher word = FollowUpRewriter.WORD.matcher(folded);
		while (word.find()) {
			if (ordinals.containsKey(word.group())) {
				String orderWord = Folding.fold(family.orderWords().get(0));
				return Optional.of(folded.substring(0, word.end()) + " " + orderWord + folded.substring(word.end()));
			}
			if (!family.numberWords().isEmpty() && word.group().chars().allMatch(Character::isDigit)
					&& word.group().length() <= 3
					&& family.values()
						.stream()
						.anyMatch(v -> v.number().filter(n -> n == Integer.parseInt(word.group())).isPresent())) {
				// "¿y la 2?" after an answer about área 1: the family's number word
				// before the number ("la área 2").
				String numberWord = Folding.fold(family.numberWords().get(0));
				return Optional
					.of(folded.substring(0, word.start()) + numberWord + " " + folded.substring(word.start()));
			}
		}
		return Optional.empty();
	}

}
