package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;

/**
 * The honest "I don't know" of the composition stage, and the questions offered with an
 * answer or a fallback: the first example of each suggested intent, in the reply's
 * language (else the next it falls back to), at most {@value #MAX_SUGGESTIONS}.
 */
final class FallbackComposer {

	static final int MAX_SUGGESTIONS = 3;

	/**
	 * Intents scored at least this much are offered on a fallback before the default
	 * suggestions.
	 */
	private static final double SUGGESTION_SCORE = 0.15;

	private final Corpus corpus;

	FallbackComposer(Corpus corpus) {
		this.corpus = corpus;
	}

	List<String> suggestions(List<String> intents, List<String> languages, String except) {
		Set<String> questions = new LinkedHashSet<>();
		for (String name : intents) {
			if (questions.size() == MAX_SUGGESTIONS || name.equals(except)) {
				continue;
			}
			corpus.intent(name)
				.flatMap(i -> languages.stream().map(i::firstExample).flatMap(Optional::stream).findFirst())
				.ifPresent(questions::add);
		}
		return List.copyOf(questions);
	}

	/**
	 * The honest "I don't know", with up to three questions the bot can answer as its
	 * suggestions.
	 * @param reason a sentence saying what the document lacks, put first when there is
	 * one
	 */
	Answer fallback(String lang, List<String> languages, List<Scored> ranked, Optional<String> reason, Trace trace) {
		List<String> candidates = new ArrayList<>();
		ranked.stream()
			.filter(s -> s.score() >= SUGGESTION_SCORE)
			.map(Scored::name)
			.filter(name -> corpus.intent(name).map(Intent::answersFromTheDocument).orElse(false))
			.limit(MAX_SUGGESTIONS)
			.forEach(candidates::add);
		candidates.addAll(corpus.messages().defaultSuggestions());
		List<String> offered = suggestions(candidates, languages, "");
		StringBuilder text = new StringBuilder();
		reason.ifPresent(t -> text.append(t).append(' '));
		// After a reason, the lead for the suggestions alone, so that the reply does not
		// say twice that the bot
		// cannot answer ("…no tiene datos sobre lo que preguntas. No tengo esa
		// información…").
		Optional<String> lead = reason.isPresent() ? corpus.messages().fallbackSuggestions().in(lang, languages)
				: Optional.empty();
		text.append(lead.or(() -> corpus.messages().fallback().in(lang, languages)).orElse(""));
		// The questions offered are the answer's suggestions, which every channel shows
		// as buttons: not in the text too.
		return new Answer(text.toString().strip(), false, Answer.FALLBACK, 0, lang, List.of(), offered, trace);
	}

	/**
	 * The sentence saying the document has no data on what was named, when that is why
	 * the bot falls back.
	 */
	Optional<String> unknownValue(boolean named, String lang, List<String> languages) {
		return named ? corpus.messages().unknownValue().in(lang, languages) : Optional.empty();
	}

}
