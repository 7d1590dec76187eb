package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * "¿y el siguiente?", "and the previous one?": a follow-up whose step word (the
 * language's {@code step_words},
 * {@link org.lacreview.index.corpus.LanguagePack#stepWords}) is followed by nothing but
 * stop words asks about the value one place after or before the one the last turn was
 * about. The place is taken, in this order:
 * <ol>
 * <li>in the list the last answer gave ({@link DialogState#listed()}), when the values
 * the turn was about are in it and the list is ordered by one figure, the order or the
 * dates of its family: after "the workshop with the fewest" and its runners-up, the next
 * one is the runner-up; a list in no such order (the most, the fewest, then the rest)
 * says nothing of what comes next;</li>
 * <li>in the order of the last intent's slot family ({@code order} of its values), when
 * the turn was about one of them: the day, the area or the activity after it.</li>
 * </ol>
 * The question comes back with the step word replaced by that value's name, as
 * {@link FollowUpRewriter} replaces an ordinal; empty when no step applies. "el siguiente
 * paso" (a noun after the step word) is no step.
 */
final class StepFollowUps {

	private final Corpus corpus;

	/** Per language, its step words (folded) to their step. */
	private final Map<String, Map<String, Integer>> steps = new HashMap<>();

	/** Per language, its step words as whole words; absent for a language with none. */
	private final Map<String, Pattern> patterns = new HashMap<>();

	/** Per language, its stop words, folded. */
	private final Map<String, Set<String>> stopwords = new HashMap<>();

	StepFollowUps(Corpus corpus) {
		this.corpus = corpus;
		corpus.languages().forEach((code, pack) -> {
			Map<String, Integer> folded = new HashMap<>();
			pack.stepWords().forEach((word, step) -> folded.put(Folding.fold(word), step));
			Pattern words = Phrases.wholeWords(folded.keySet());
			if (words != null) {
				steps.put(code, folded);
				patterns.put(code, words);
			}
			stopwords.put(code, pack.foldedStopwords());
		});
	}

	/**
	 * {@code folded} (a question naming no value) with its step word replaced by the name
	 * of the value one step from the one the last turn was about; empty when it has no
	 * step word, one followed by a word that is not a stop word, or the conversation has
	 * no such value.
	 */
	Optional<String> stepped(String folded, String lang, DialogState previous) {
		Pattern words = patterns.get(lang);
		Matcher word = words == null ? null : words.matcher(folded);
		if (word == null || !word.find() || !onlyStopWordsAfter(folded.substring(word.end()), lang)) {
			return Optional.empty();
		}
		int step = steps.get(lang).get(word.group());
		return inList(previous, step).or(() -> inOrder(previous, step))
			.flatMap(v -> v.label().in(lang, List.of(corpus.info().defaultLanguage())))
			.map(name -> folded.substring(0, word.start()) + Folding.fold(name) + folded.substring(word.end()));
	}

	private boolean onlyStopWordsAfter(String rest, String lang) {
		Set<String> stops = stopwords.getOrDefault(lang, Set.of());
		for (String w : rest.split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty() && !stops.contains(w)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The value {@code step} places from the values the last turn was about in the first
	 * list of two or more values the last answer gave, when that list is ordered; from
	 * the values it put first when the turn was about none of them ("the group with the
	 * most" and those tied with it), going on only.
	 */
	private Optional<EntityValue> inList(DialogState previous, int step) {
		Optional<Map.Entry<String, List<String>>> first = previous.longestList();
		if (first.isEmpty()) {
			return Optional.empty();
		}
		List<String> ids = first.get().getValue();
		List<EntityValue> values = corpus.family(first.get().getKey())
			.map(f -> ids.stream().map(f::value).flatMap(Optional::stream).toList())
			.orElse(List.of());
		Optional<List<Double>> order = values.size() == ids.size() ? orderOf(values) : Optional.empty();
		if (order.isEmpty()) {
			return Optional.empty();
		}
		List<String> about = previous.values().getOrDefault(first.get().getKey(), List.of());
		int from;
		if (about.isEmpty()) {
			List<Double> keys = order.get();
			from = 0;
			while (from + 1 < keys.size() && keys.get(from + 1).equals(keys.get(0))) {
				from++;
			}
			if (step < 0) {
				return Optional.empty();
			}
		}
		else if (ids.containsAll(about)) {
			// From the last of them going on, from the first going back.
			from = step > 0 ? about.stream().mapToInt(ids::indexOf).max().orElseThrow()
					: about.stream().mapToInt(ids::indexOf).min().orElseThrow();
		}
		else {
			return Optional.empty();
		}
		int at = from + step;
		return at >= 0 && at < values.size() ? Optional.of(values.get(at)) : Optional.empty();
	}

	/**
	 * The keys of the first of their family's order, their dates or one of their figures
	 * in whose order (either way) the values come; empty when they come in none.
	 */
	private static Optional<List<Double>> orderOf(List<EntityValue> values) {
		List<Function<EntityValue, Optional<Double>>> keys = new ArrayList<>();
		keys.add(v -> v.order().map(Integer::doubleValue));
		keys.add(v -> v.date().map(d -> (double) d.from().toEpochDay()));
		values.get(0).attributes().forEach((attribute, figure) -> {
			if (figure instanceof Number) {
				keys.add(v -> Optional.ofNullable(v.attributes().get(attribute))
					.filter(Number.class::isInstance)
					.map(n -> ((Number) n).doubleValue()));
			}
		});
		return keys.stream()
			.map(key -> values.stream().map(key).toList())
			.filter(k -> k.stream().allMatch(Optional::isPresent))
			.map(k -> k.stream().map(Optional::get).toList())
			.filter(StepFollowUps::monotonic)
			.findFirst();
	}

	private static boolean monotonic(List<Double> figures) {
		boolean rising = true;
		boolean falling = true;
		for (int i = 1; i < figures.size(); i++) {
			rising &= figures.get(i) >= figures.get(i - 1);
			falling &= figures.get(i) <= figures.get(i - 1);
		}
		return rising || falling;
	}

	/**
	 * The value {@code step} places from the one value of the last intent's slot the turn
	 * was about, in its family's order.
	 */
	private Optional<EntityValue> inOrder(DialogState previous, int step) {
		Optional<EntityFamily> family = previous.intent()
			.flatMap(corpus::intent)
			.flatMap(Intent::slot)
			.flatMap(corpus::family);
		if (family.isEmpty()) {
			return Optional.empty();
		}
		List<String> about = previous.values().getOrDefault(family.get().name(), List.of());
		if (about.size() != 1) {
			return Optional.empty();
		}
		List<EntityValue> inOrder = family.get()
			.values()
			.stream()
			.filter(v -> v.order().isPresent())
			.sorted(Comparator.comparing(v -> v.order().get()))
			.toList();
		int from = inOrder.stream().map(EntityValue::id).toList().indexOf(about.get(0));
		int at = from + step;
		return from >= 0 && at >= 0 && at < inOrder.size() ? Optional.of(inOrder.get(at)) : Optional.empty();
	}

}
