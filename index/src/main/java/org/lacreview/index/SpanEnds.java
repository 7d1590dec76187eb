package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.Phrases;

/**
 * The other end of a time between two dates, said by a word too common to name a value
 * anywhere else: "¿cuántos días hubo entre la consulta de los lunes y la reunión?" names
 * the consultation, and "la reunión" is the meeting only because a time between two dates
 * is asked. A value's {@code span_names:} (per language, in the entity files) are read so
 * only when the question asks a time between dates ({@link Operation#DAYS_BETWEEN}), a
 * duration, or days added up ({@link DaysOfSpans#addsUpDays}), and names one dated value,
 * the other end: the question is then read again with the span name replaced by the
 * value's first name in the language, so the extractor finds it. Built once per engine.
 */
final class SpanEnds {

	/**
	 * A span name (folded) and its pattern, the value's first name it is replaced by
	 * (folded) and the value, as "family:id".
	 */
	private record SpanName(String text, Pattern pattern, String replacement, String value) {
	}

	/**
	 * The most words, besides the values named, of a follow-up that swaps the value of
	 * the last answer for one named by a span name: "¿y registradas en la reunión?" is
	 * one, and so is "¿y cuántos registrados tuvo la reunión regional?", the question
	 * said again; "¿y quién inauguró la reunión ese día?" asks a kind of its own.
	 */
	static final int MAX_SWAP_WORDS = 10;

	/**
	 * What may stand between a span name and the date said of it: at most one short word
	 * ("de", "d'", "in", "of") and a bracket.
	 */
	private static final Pattern DATE_AFTER_NAME = Pattern.compile("[\\s(]*(?:\\p{L}{1,3}['\\s]+)?[\\s(]*");

	/** Per language, the span names of every dated value, longest first. */
	private final Map<String, List<SpanName>> byLanguage = new HashMap<>();

	/** Each language's kinds of answer asked ({@code asks_for}), the engine's. */
	private final Map<String, AskedKind> askedKinds;

	private final Corpus corpus;

	/**
	 * @param askedKinds each language's reader of the kind of answer a question asks for,
	 * the one the rest of the engine reads questions with
	 */
	SpanEnds(Corpus corpus, Map<String, AskedKind> askedKinds) {
		this.corpus = corpus;
		this.askedKinds = askedKinds;
		corpus.families().forEach(family -> family.values().forEach(value -> {
			if (value.date().isEmpty()) {
				return;
			}
			value.spanNames()
				.forEach((language, names) -> firstName(value, language).ifPresent(
						first -> names.forEach(n -> byLanguage.computeIfAbsent(language, k -> new ArrayList<>())
							.add(new SpanName(n, Pattern.compile(
									"(?<![\\p{L}\\p{N}])" + Phrases.alternation(List.of(n)) + "(?![\\p{L}\\p{N}])"),
									first, key(value))))));
		}));
		// "reunión regional" before "reunión".
		byLanguage.values()
			.forEach(list -> list.sort(Comparator.comparingInt((SpanName s) -> s.text().length()).reversed()));
	}

	static String key(EntityValue value) {
		return value.family() + ":" + value.id();
	}

	static Optional<String> firstName(EntityValue value, String language) {
		List<String> names = value.names().getOrDefault(language, List.of());
		return names.isEmpty() ? value.label().texts().values().stream().findFirst().map(Folding::fold)
				: Optional.of(Folding.fold(names.get(0)));
	}

	/**
	 * The question (folded) with the first span name of a dated value it does not name
	 * replaced by that value's first name, when it asks a time between two dates or days
	 * added up ({@code asksDays}) and names one dated value, or asks a time between two
	 * dates ({@code asksBetween}), names none and points back to one ("that one"); empty
	 * otherwise.
	 */
	Optional<String> restored(Extraction extraction, String language, boolean asksDays, boolean asksBetween) {
		Optional<String> dateSaid = datedSpanName(extraction, language, asksDays);
		if (dateSaid.isPresent()) {
			return dateSaid;
		}
		// "how many days between that one and the opening?": the word pointing back
		// names the other end.
		Optional<Set<String>> dated = oneDated(extraction, asksDays)
			.or(() -> asksBetween && extraction.refersBack() && extraction.mentions().isEmpty()
					? Optional.of(Set.<String>of()) : Optional.empty());
		if (dated.isEmpty()) {
			return Optional.empty();
		}
		for (SpanName span : byLanguage.getOrDefault(language, List.of())) {
			if (dated.get().contains(span.value())) {
				continue;
			}
			Optional<String> replaced = replacedOutsideMentions(extraction, span);
			if (replaced.isPresent()) {
				return replaced;
			}
		}
		return Optional.empty();
	}

	/**
	 * The question (folded) with a span name and the date said right after it ("hasta la
	 * reunión de marzo", "to the meeting in March", of a meeting in March) replaced by
	 * the value's first name, when that date selects the value, among others, and the
	 * rest of the question names one other dated value: the date says when the span
	 * name's value was, and is no third end. Empty otherwise.
	 */
	private Optional<String> datedSpanName(Extraction extraction, String language, boolean asksDays) {
		if (!asksDays) {
			return Optional.empty();
		}
		String folded = extraction.folded();
		for (SpanName span : byLanguage.getOrDefault(language, List.of())) {
			Matcher found = span.pattern().matcher(folded);
			while (found.find()) {
				int at = found.start();
				int end = found.end();
				if (extraction.mentions().stream().anyMatch(m -> m.start() < end && at < m.end())) {
					continue;
				}
				for (Mention date : extraction.mentions()) {
					if (date.start() < end || !DATE_AFTER_NAME.matcher(folded.substring(end, date.start())).matches()
							|| date.values().stream().map(SpanEnds::key).noneMatch(span.value()::equals)) {
						continue;
					}
					Set<String> others = extraction.mentions()
						.stream()
						.filter(m -> m != date)
						.flatMap(m -> m.values().stream())
						.filter(v -> v.date().isPresent())
						.map(SpanEnds::key)
						.collect(Collectors.toSet());
					if (others.size() == 1 && !others.contains(span.value())) {
						return Optional.of(folded.substring(0, at) + span.replacement() + folded.substring(date.end()));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The question (folded) with the first occurrence of {@code span} that no mention
	 * overlaps replaced by its value's first name; empty when there is none.
	 */
	private static Optional<String> replacedOutsideMentions(Extraction extraction, SpanName span) {
		String folded = extraction.folded();
		Matcher found = span.pattern().matcher(folded);
		while (found.find()) {
			int at = found.start();
			int end = found.end();
			if (extraction.mentions().stream().noneMatch(m -> m.start() < end && at < m.end())) {
				return Optional.of(folded.substring(0, at) + span.replacement() + folded.substring(end));
			}
		}
		return Optional.empty();
	}

	/**
	 * The question (folded) with a span name replaced by its value's first name, when the
	 * question is a short follow-up ("et à la réunion régionale ?", at most
	 * {@value #MAX_SWAP_WORDS} words) of an answer about another value of the span's
	 * family and names no value of that family itself: the asker swaps the value, as "¿y
	 * el 28?" swaps a day. Empty otherwise.
	 * @param previous the conversation: the values of its last answer, and its intent,
	 * which must give the kind of answer the follow-up asks for
	 */
	Optional<String> swapped(Extraction extraction, String language, DialogState previous) {
		if (!extraction.followUp() || extraction.wordsOutsideMentions().size() > MAX_SWAP_WORDS) {
			return Optional.empty();
		}
		// "y quiénes coorganizaron la reunión" after a count asks something else of it.
		Optional<String> kind = Optional.ofNullable(askedKinds.get(language))
			.flatMap(asked -> asked.in(extraction.folded()));
		if (previous.intent().flatMap(corpus::intent).filter(intent -> !AnswerKinds.gives(intent, kind)).isPresent()) {
			return Optional.empty();
		}
		Map<String, List<String>> previousValues = previous.values();
		for (SpanName span : byLanguage.getOrDefault(language, List.of())) {
			String family = span.value().substring(0, span.value().indexOf(':'));
			List<String> before = previousValues.getOrDefault(family, List.of());
			if (before.isEmpty() || before.contains(span.value().substring(family.length() + 1))
					|| !extraction.mentionsOf(family).isEmpty()) {
				continue;
			}
			Optional<String> replaced = replacedOutsideMentions(extraction, span);
			if (replaced.isPresent()) {
				return replaced;
			}
		}
		return Optional.empty();
	}

	/**
	 * The question (folded) with the dated value the previous question named by a span
	 * name added after it: "combien de jours avant a eu lieu la consultation ?" after
	 * "Quand a eu lieu la réunion ?" counts to the meeting. Only when it asks a time
	 * between two dates or days added up ({@code asksDays}), names one dated value and
	 * says no span name itself; empty otherwise.
	 * @param earlier the previous question (folded), if any
	 */
	Optional<String> fromEarlier(Extraction extraction, String language, boolean asksDays, Optional<String> earlier) {
		Optional<Set<String>> dated = oneDated(extraction, asksDays);
		if (dated.isEmpty() || earlier.isEmpty()) {
			return Optional.empty();
		}
		return byLanguage.getOrDefault(language, List.of())
			.stream()
			.filter(span -> !dated.get().contains(span.value()) && span.pattern().matcher(earlier.get()).find())
			.findFirst()
			.map(span -> extraction.folded() + " " + span.replacement());
	}

	/**
	 * The one dated value the question names (as "family:id"), when it asks days
	 * ({@code asksDays}); empty otherwise. With none named, "la revisión regional" may be
	 * what a time is counted from to an undated event.
	 */
	static Optional<Set<String>> oneDated(Extraction extraction, boolean asksDays) {
		if (!asksDays) {
			return Optional.empty();
		}
		Set<String> dated = extraction.mentions()
			.stream()
			.flatMap(m -> m.values().stream())
			.filter(v -> v.date().isPresent())
			.map(SpanEnds::key)
			.collect(Collectors.toSet());
		return dated.size() == 1 ? Optional.of(dated) : Optional.empty();
	}

}
