package org.lacreview.index;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;

/**
 * Whether a question quotes a figure its answer states and asks what it is made of ("¿qué
 * países eran los 12 socios?"), which the answer does not say. Part of
 * {@link Breakdowns}, with the figures of each intent's answer read once.
 */
final class OwnFigureQuoted {

	/** A whole number written in digits, alone (not the 19 of "COVID-19"). */
	private static final Pattern NUMBER_WRITTEN = Pattern.compile("(?<![\\d.,\\p{L}-])\\d{1,6}(?![\\d]|[.,]\\d)");

	/**
	 * Per language, its number words of one word ({@code numbers} of its dates words,
	 * folded) and their numbers, from two on: "uno", "one" are as often no figure.
	 */
	private final Map<String, Map<String, Double>> numberWords;

	/**
	 * Per intent, the figures written in its answer, in any language, without the numbers
	 * values are named by ("room 4" names a value; it is no figure). Read once here, not
	 * for every question.
	 */
	private final Map<String, Set<Double>> writtenFigures;

	OwnFigureQuoted(Corpus corpus) {
		this.numberWords = corpus.languages()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					e -> e.getValue()
						.dates()
						.numbers()
						.entrySet()
						.stream()
						.filter(n -> n.getValue() >= 2 && !n.getKey().contains(" "))
						.collect(Collectors.toUnmodifiableMap(n -> Folding.fold(n.getKey()),
								n -> n.getValue().doubleValue(), (a, b) -> a))));
		Set<Double> valueNumbers = corpus.families()
			.stream()
			.flatMap(f -> f.values().stream())
			.flatMap(v -> v.number().stream())
			.map(Integer::doubleValue)
			.collect(Collectors.toUnmodifiableSet());
		// Numbers are written alike in every language of an answer.
		this.writtenFigures = corpus.intents()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Intent::name,
					i -> i.answer()
						.texts()
						.values()
						.stream()
						.flatMap(text -> NUMBER_WRITTEN.matcher(text).results().map(m -> Double.parseDouble(m.group())))
						.filter(n -> !valueNumbers.contains(n))
						.collect(Collectors.toUnmodifiableSet())));
	}

	/**
	 * Whether {@code masked} (the question, its values masked) quotes, as a number, a
	 * figure the answer of {@code intent} states, and asks about it ("¿qué países eran
	 * los 12 socios?", "how many of the 40 attendees were…"): the asker has that figure
	 * and wants what it is made of, which the answer does not say. The figures are those
	 * of the values selected in the intent's slot (their numbers, and the numbers written
	 * in their texts) and the numbers written in its answer. Not for a question asking a
	 * computation over it, for one asking a date, a place or a person ("¿qué día vinieron
	 * 40?" looks a figure up the other way), or for one with no question word ("¿vinieron
	 * 40?" checks it).
	 */
	boolean asked(Intent intent, Map<String, List<EntityValue>> selected, String masked, Reading reading) {
		if (!reading.asks() || reading.asksComputation()
				|| reading.asksFor()
					.filter(k -> !k.equals(AnswerKinds.NUMBER) && !k.equals(AnswerKinds.DESCRIPTION))
					.isPresent()) {
			return false;
		}
		Set<Double> quoted = new HashSet<>();
		Matcher number = NUMBER_WRITTEN.matcher(masked);
		while (number.find()) {
			quoted.add(Double.parseDouble(number.group()));
		}
		// "¿cuáles son los tres miembros…?" quotes a figure in words.
		Map<String, Double> words = numberWords.getOrDefault(reading.language(), Map.of());
		Arrays.stream(masked.split("[^\\p{L}\\p{N}]+")).map(words::get).filter(Objects::nonNull).forEach(quoted::add);
		if (quoted.isEmpty()) {
			return false;
		}
		// The numbers written in a value's texts are quoted to ask which ones ("¿cuáles
		// eran los 9…?"); in a count they often say which people ("¿cuántos visitantes de
		// 12 ciudades…?").
		boolean counts = reading.asksFor().filter(AnswerKinds.NUMBER::equals).isPresent();
		Stream<Double> slotFigures = intent.slot()
			.map(slot -> selected.getOrDefault(slot, List.of())
				.stream()
				.flatMap(v -> counts ? Breakdowns.numbers(v) : Stream.concat(Breakdowns.numbers(v), writtenNumbers(v))))
			.orElseGet(Stream::empty);
		Set<Double> written = writtenFigures.getOrDefault(intent.name(), Set.of());
		return slotFigures.anyMatch(quoted::contains) || written.stream().anyMatch(quoted::contains);
	}

	/**
	 * The numbers written in a value's texts ("47 representantes de 11 entidades"): the
	 * figures its answers state in words; not the days and years of its own dates ("el 12
	 * de abril"), which a question names to say which value it means.
	 */
	private static Stream<Double> writtenNumbers(EntityValue value) {
		Set<Double> dates = new HashSet<>();
		value.date().ifPresent(span -> Stream.of(span.from(), span.to()).forEach(day -> {
			dates.add((double) day.getDayOfMonth());
			dates.add((double) day.getYear());
		}));
		return value.attributes()
			.values()
			.stream()
			.flatMap(ValueTexts::texts)
			.flatMap(text -> NUMBER_WRITTEN.matcher(text).results().map(m -> Double.parseDouble(m.group())))
			.filter(n -> !dates.contains(n));
	}

}
