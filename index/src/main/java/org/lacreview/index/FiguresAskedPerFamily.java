package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;

/**
 * Whether a question asks a figure per value of a family that breaks figures down, said
 * by one of the language's {@code per_words} right before one of the family's nouns (its
 * {@code order_words}), of an intent whose figure that family does not break down:
 * "¿cuántos inscritos hubo cada día?" when the document gives the attendance per day but
 * the registrations only in all. The intent's answer would give its whole figure as if it
 * were each day's, so the question is refused. The intent breaks its figure down by the
 * family when it is its slot or when any of its examples names one of its values (the
 * video call's attendance in all and per day), or when its answer says its figure so
 * itself ("200 participants per session"). Values named by name are {@link Breakdowns}'
 * concern; figures without any family breaking them down are
 * {@link BreakdownsNotGiven}'s. Nothing about a given family is written here.
 */
final class FiguresAskedPerFamily {

	/** Per language, per family that breaks figures down, a per word before its noun. */
	private final Map<String, Map<String, Pattern>> byLanguage = new HashMap<>();

	/**
	 * Per intent, the families whose noun its answers' texts, or those of its slot values
	 * it shows, say their figure per: one that says "por sesión" itself gives its figure
	 * per session. Read once when the engine is built.
	 */
	private final Map<String, Set<String>> givenPer = new HashMap<>();

	/**
	 * @param breaksDown whether a family, by name, breaks figures down (see
	 * {@link Breakdowns#breaksDown})
	 */
	FiguresAskedPerFamily(Corpus corpus, Predicate<String> breaksDown) {
		Map<String, List<String>> nouns = new LinkedHashMap<>();
		for (EntityFamily family : corpus.families()) {
			if (breaksDown.test(family.name()) && !family.orderWords().isEmpty()) {
				nouns.put(family.name(), family.orderWords().stream().map(Folding::fold).toList());
			}
		}
		corpus.languages().forEach((language, pack) -> {
			List<String> per = pack.phrasing().perWords().stream().map(Folding::fold).toList();
			if (per.isEmpty()) {
				return;
			}
			Map<String, Pattern> patterns = new LinkedHashMap<>();
			nouns.forEach((family, words) -> patterns.put(family, BreakdownsNotGiven.perNoun(per, words)));
			byLanguage.put(language, patterns);
		});
		for (Intent intent : corpus.intents()) {
			List<String> texts = new ArrayList<>();
			List.of(intent.answer(), intent.answerAll()).forEach(a -> texts.addAll(a.texts().values()));
			intent.slot().flatMap(corpus::family).ifPresent(family -> {
				Set<String> shown = ValueTexts.attributesGiven(intent, family.name());
				family.values().forEach(v -> texts.addAll(ValueTexts.given(v, shown)));
			});
			List<String> folded = texts.stream().map(Folding::fold).toList();
			Set<String> families = new HashSet<>();
			byLanguage.values().forEach(patterns -> patterns.forEach((family, pattern) -> {
				if (folded.stream().anyMatch(t -> pattern.matcher(t).find())) {
					families.add(family);
				}
			}));
			givenPer.put(intent.name(), Set.copyOf(families));
		}
	}

	/**
	 * The family whose nouns {@code folded} asks {@code intent}'s figure per, when the
	 * intent's figure is not broken down by it; empty when the question asks no number or
	 * a computation (an average per day divides by the days), or no such family.
	 * @param folded the question, folded
	 * @param language its language's code
	 * @param mentioned the families any of the intent's examples names
	 */
	Optional<String> notGivenBy(Intent intent, Set<String> mentioned, String folded, String language, Reading reading) {
		if (reading.asksComputation() || reading.asksFor().filter(AnswerKinds.NUMBER::equals).isEmpty()
				|| intent.unanswerable() || !intent.answers().contains(AnswerKinds.NUMBER)) {
			return Optional.empty();
		}
		return byLanguage.getOrDefault(language, Map.of())
			.entrySet()
			.stream()
			.filter(e -> !intent.slot().filter(e.getKey()::equals).isPresent() && !mentioned.contains(e.getKey())
					&& e.getValue().matcher(folded).find()
					&& !givenPer.getOrDefault(intent.name(), Set.of()).contains(e.getKey()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
