package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * Answers for a question no intent's examples fit, found by what the answers say
 * ({@link SentenceIndex}):
 * <ol>
 * <li>an intent's answer: when one sentence of an intent's answer in the question's
 * language holds nearly all of the question ("What did they say about xenophobia?"), the
 * reply is that intent's answer ({@link #answering}). Only intents that answer from the
 * document with one fixed answer (no slot) are searched;</li>
 * <li>else the answer of the intent ranked first under the threshold, when every word of
 * the question is known to the corpus and one sentence of that answer holds at least
 * {@value #AGREEING_COVERAGE} of it ({@link #agreeing}): the ranking and the answer's
 * words agree ("Did anyone mention economic recovery?");</li>
 * <li>else a sentence of the document: the reply quotes it with its section as the
 * source, in the corpus's {@code document_quote} sentence (messages.yml) of the reply's
 * language, which says the quote is from the document as written ({@link #quote}). Its
 * intent is {@value #INTENT};</li>
 * <li>else, when every word of the question is known to the corpus, an intent's answer
 * with a sentence that shares a rare word of the question and holds less of it
 * ({@link #answeringOnRareWord}).</li>
 * </ol>
 */
final class AnswerSearch {

	/** The intent of a reply that quotes the document. */
	static final String INTENT = "document";

	/**
	 * The least share of a question (IDF-weighted, its way of asking left out) that a
	 * sentence of the best-ranked intent's answer must hold for that answer to be given
	 * under the threshold. Chosen on the golden, seen and read blind sets (≈ 12,000
	 * turns): at 0.3 it gains 10 answers and loses none; at 0.2 one more of each.
	 * Questions with a word the corpus does not know are not answered this way: at 0.3
	 * without that condition it gains about 30 and answers 13 that must be refused ("Qual
	 * foi o orçamento da reunião?").
	 */
	static final double AGREEING_COVERAGE = 0.3;

	private final Corpus corpus;

	private final SentenceIndex<Section> sentences;

	private final Map<String, SentenceIndex<Intent>> answers = new HashMap<>();

	private final Map<String, AskedKind> askedKinds;

	private final Map<String, Pattern> questionWords = new HashMap<>();

	private final Map<String, Pattern> numberWords = new HashMap<>();

	/** A number of its own: not part of a name such as "COVID-19". */
	private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}-])\\d+");

	/**
	 * @param analyzers the analyzer of each corpus language
	 * @param askedKinds each language's {@code asks_for} phrases, left out of a question
	 * before it is searched: "qué dijeron sobre" says how it asks, not what about
	 */
	AnswerSearch(Corpus corpus, Map<String, LanguageAnalyzer> analyzers, Map<String, AskedKind> askedKinds) {
		this.corpus = corpus;
		this.askedKinds = askedKinds;
		corpus.languages().forEach((language, pack) -> {
			Pattern words = Phrases.wholeWords(pack.phrasing().questionWords());
			if (words != null) {
				questionWords.put(language, words);
			}
			Pattern numbers = Phrases.wholeWords(pack.dates().numbers().keySet());
			if (numbers != null) {
				numberWords.put(language, numbers);
			}
		});
		String document = corpus.info().defaultLanguage();
		this.sentences = new SentenceIndex<>(SentenceIndex.paragraphs(corpus.sections()), analyzers.get(document),
				Locale.forLanguageTag(document));
		analyzers.forEach((language, analyzer) -> {
			List<SentenceIndex.Passage<Intent>> passages = new ArrayList<>();
			corpus.intents()
				.stream()
				.filter(i -> i.answersFromTheDocument() && i.slot().isEmpty())
				.forEach(i -> i.answer()
					.in(language, List.of())
					.filter(text -> !text.contains("{"))
					.ifPresent(text -> passages.add(new SentenceIndex.Passage<>(text, i))));
			answers.put(language, new SentenceIndex<>(passages, analyzer, Locale.forLanguageTag(language)));
		});
	}

	/**
	 * {@code folded} without the first {@code asks_for} phrase of {@code language} and
	 * without its interrogatives ("what", "cuándo").
	 */
	private String withoutAsking(String folded, String language) {
		AskedKind kinds = askedKinds.get(language);
		String question = kinds == null ? folded
				: kinds.phraseIn(folded).map(phrase -> folded.replaceFirst(Pattern.quote(phrase), " ")).orElse(folded);
		Pattern interrogatives = questionWords.get(language);
		return interrogatives == null ? question : interrogatives.matcher(question).replaceAll(" ");
	}

	/**
	 * The intent whose answer in {@code language} holds nearly all of {@code folded}
	 * (written in that language), with the share it holds (0–1); empty when none does.
	 */
	Optional<SentenceIndex.Match<Intent>> answering(String folded, String language) {
		SentenceIndex<Intent> index = answers.get(language);
		return index == null ? Optional.empty() : search(index, folded, language, SentenceIndex::best);
	}

	/**
	 * As {@link #answering}, by a sentence that holds less of the question but shares a
	 * rare word of it ({@link SentenceIndex#bestOnRareWord}); for a question whose words
	 * the corpus all knows, once neither an intent's answer nor a sentence of the
	 * document holds it.
	 */
	Optional<SentenceIndex.Match<Intent>> answeringOnRareWord(String folded, String language) {
		SentenceIndex<Intent> index = answers.get(language);
		return index == null ? Optional.empty() : search(index, folded, language, SentenceIndex::bestOnRareWord);
	}

	/**
	 * The sentence of {@code intent}'s answer in {@code language} that holds most of
	 * {@code folded}, when it holds at least {@value #AGREEING_COVERAGE} of it; empty for
	 * a question that quotes a number, or an intent not searched (see
	 * {@link #answering}).
	 */
	Optional<SentenceIndex.Match<Intent>> agreeing(Intent intent, String folded, String language) {
		SentenceIndex<Intent> index = answers.get(language);
		if (index == null || quotesANumber(folded, language)) {
			return Optional.empty();
		}
		return index.bestFrom(intent, withoutAsking(folded, language))
			.filter(match -> match.coverage() >= AGREEING_COVERAGE);
	}

	/**
	 * The sentence of {@code index} that holds {@code folded} (written in
	 * {@code language}) once how it asks is left out; empty for a question that quotes a
	 * number, and for a sentence that counts what the question names while the question
	 * asks for no number: "¿cuáles son los miembros asociados?" is not answered by "3
	 * miembros asociados".
	 */
	private <T> Optional<SentenceIndex.Match<T>> search(SentenceIndex<T> index, String folded, String language,
			BiFunction<SentenceIndex<T>, String, Optional<SentenceIndex.Match<T>>> finder) {
		if (quotesANumber(folded, language)) {
			return Optional.empty();
		}
		String asked = withoutAsking(folded, language);
		AskedKind kinds = askedKinds.get(language);
		boolean asksNumber = kinds != null && kinds.in(folded).filter(AnswerKinds.NUMBER::equals).isPresent();
		return finder.apply(index, asked).filter(match -> asksNumber || !index.countsWhatIsNamed(match, asked));
	}

	/**
	 * Whether {@code folded} has a number, in digits or in words of {@code language}
	 * ("¿cuáles son los tres miembros asociados?"): a sentence giving that number is a
	 * count of what the question asks to name, and no answer to it.
	 */
	private boolean quotesANumber(String folded, String language) {
		Pattern words = numberWords.get(language);
		return DIGITS.matcher(folded).find() || words != null && words.matcher(folded).find();
	}

	/**
	 * The reply quoting the sentence that answers {@code folded} (written in the trace's
	 * language), in {@code lang}; empty when no sentence holds enough of the question or
	 * the corpus has no {@code document_quote} sentence.
	 */
	Optional<Answer> quote(String folded, String lang, Trace trace) {
		Optional<SentenceIndex.Match<Section>> match = search(sentences, folded, trace.language(), SentenceIndex::best);
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		Optional<String> lead = corpus.messages().documentQuote().in(lang, languages.subList(1, languages.size()));
		if (match.isEmpty() || lead.isEmpty()) {
			return Optional.empty();
		}
		SentenceIndex.Sentence<Section> sentence = match.get().sentence();
		Section section = sentence.origin();
		String title = section.titleIn(languages);
		String text = lead.get().replace("{section}", title).replace("{sentence}", sentence.text());
		Source source = new Source(section.id(), title,
				section.url() != null ? section.url() : corpus.info().documentUrl());
		Trace quoted = trace.withDecision(trace.decision() + "; quoted a sentence of section " + section.id()
				+ " covering " + Math.round(match.get().coverage() * 100) + " % of the question");
		return Optional
			.of(new Answer(text, true, INTENT, match.get().coverage(), lang, List.of(source), List.of(), quoted));
	}

}
