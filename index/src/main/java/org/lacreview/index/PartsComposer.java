package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;

/**
 * One reply to a message that asked several questions
 * ({@link org.lacreview.index.text.QuestionSplitter}): the answer of each, in the order
 * asked, a blank line apart, an answer that repeats an earlier one word for word left
 * out; for a question the document does not answer, the text of the intent that says what
 * the document lacks there and has instead ({@code unanswerable}), else the corpus's
 * {@code part_missing} sentence naming it, while the others are still answered. The reply
 * is {@code answered} only when every question is; its intent names the answered intents
 * joined by "+", its confidence is the lowest of theirs, its sources are theirs with one
 * per distinct link, its suggestions the last answer's. When no question is answered, the
 * reply is the first one's fallback, with its suggestions.
 */
final class PartsComposer {

	/**
	 * Between the intents of a reply that answers several questions:
	 * "meeting_dates+organisers".
	 */
	static final String INTENT_JOINER = "+";

	private final Corpus corpus;

	PartsComposer(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * @param parts the questions as read, in order
	 * @param replies the reply to each, each given the conversation as the one before
	 * left it
	 * @param lang the reply's language
	 */
	Reply combine(List<String> parts, List<Reply> replies, String lang) {
		String decisions = replies.stream().map(r -> r.answer().trace().decision()).collect(Collectors.joining(" | "));
		Trace first = replies.get(0).answer().trace();
		Trace trace = new Trace(first.language(), first.corrections(), first.masked(), first.entities(),
				first.intents(), first.sections(), parts.size() + " questions: " + decisions);
		List<Reply> answered = replies.stream().filter(r -> r.answer().answered()).toList();
		if (answered.isEmpty()) {
			Answer fallback = replies.get(0).answer();
			return new Reply(new Answer(fallback.text(), false, Answer.FALLBACK, 0, fallback.language(), List.of(),
					fallback.suggestions(), trace), replies.get(0).state());
		}
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		List<String> texts = new ArrayList<>();
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < replies.size(); i++) {
			Answer answer = replies.get(i).answer();
			if (answer.answered()) {
				// Two parts read as the same question get its answer once: the same
				// paragraph twice reads as a fault, not as a second answer.
				if (!texts.contains(answer.text())) {
					texts.add(answer.text());
				}
				answer.sources().stream().filter(source -> !sources.contains(source)).forEach(sources::add);
			}
			else {
				texts.add(missing(parts.get(i), answer, lang, languages));
			}
		}
		Answer last = answered.get(answered.size() - 1).answer();
		String intents = answered.stream().map(r -> r.answer().intent()).collect(Collectors.joining(INTENT_JOINER));
		double confidence = answered.stream().mapToDouble(r -> r.answer().confidence()).min().orElse(0);
		Answer answer = new Answer(String.join("\n\n", texts), answered.size() == replies.size(), intents, confidence,
				lang, Source.oneLinkEach(sources), last.suggestions(), trace);
		return new Reply(answer, answered.get(answered.size() - 1).state());
	}

	/**
	 * The sentence saying the document does not answer {@code part}; the fallback
	 * sentence when there is none. When {@code refusal} says what the document has
	 * instead ({@link AnswerComposer#missingSaidBy}), that intent's text.
	 */
	private String missing(String part, Answer refusal, String lang, List<String> languages) {
		Optional<String> instead = AnswerComposer.missingSaidBy(refusal)
			.flatMap(corpus::intent)
			.flatMap(intent -> intent.answer().in(lang, languages));
		if (instead.isPresent()) {
			return instead.get();
		}
		String question = part.replaceAll("[¿?]", "").strip();
		Optional<String> sentence = corpus.messages()
			.partMissing()
			.in(lang, languages)
			.map(text -> text.replace("{question}", question));
		return sentence.or(() -> corpus.messages().fallback().in(lang, languages)).orElse("");
	}

}
