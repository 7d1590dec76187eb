package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Answers from the document's own sentences: when no intent fits a question but one
 * sentence of a section holds nearly all of it ({@link SentenceIndex}), the reply quotes
 * that sentence with its section as the source, in the corpus's {@code document_quote}
 * sentence (messages.yml) of the reply's language, which says the quote is from the
 * document as written. Its intent is {@value #INTENT}.
 */
final class DocumentQuotes {

	/** The intent of a reply that quotes the document. */
	static final String INTENT = "document";

	private final Corpus corpus;

	private final SentenceIndex sentences;

	DocumentQuotes(Corpus corpus, LanguageAnalyzer documentAnalyzer) {
		this.corpus = corpus;
		this.sentences = new SentenceIndex(corpus.sections(), documentAnalyzer,
				Locale.forLanguageTag(corpus.info().defaultLanguage()));
	}

	/**
	 * The reply quoting the sentence that answers {@code folded}, in {@code lang}; empty
	 * when no sentence holds enough of the question or the corpus has no
	 * {@code document_quote} sentence.
	 */
	Optional<Answer> quote(String folded, String lang, Trace trace) {
		Optional<SentenceIndex.Match> match = sentences.best(folded);
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		Optional<String> lead = corpus.messages().documentQuote().in(lang, languages.subList(1, languages.size()));
		if (match.isEmpty() || lead.isEmpty()) {
			return Optional.empty();
		}
		SentenceIndex.Sentence sentence = match.get().sentence();
		String title = sentence.section().titleIn(languages);
		String text = lead.get().replace("{section}", title).replace("{sentence}", sentence.text());
		Source source = new Source(sentence.section().id(), title,
				sentence.section().url() != null ? sentence.section().url() : corpus.info().documentUrl());
		Trace quoted = new Trace(trace.language(), trace.corrections(), trace.masked(), trace.entities(),
				trace.intents(), trace.sections(),
				trace.decision() + "; quoted a sentence of section " + sentence.section().id() + " covering "
						+ Math.round(match.get().coverage() * 100) + " % of the question");
		return Optional
			.of(new Answer(text, true, INTENT, match.get().coverage(), lang, List.of(source), List.of(), quoted));
	}

}
