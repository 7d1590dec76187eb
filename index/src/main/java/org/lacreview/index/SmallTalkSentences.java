package org.lacreview.index;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lacreview.index.corpus.Corpus;

/**
 * "Bonjour ! Merci pour ce service": a message of several sentences, each small talk,
 * that the classifier reads as a whole below the threshold (a greeting and thanks split
 * it). Each sentence is answered on its own; when every one is best ranked for an intent
 * answering from no section of the document and one of them is answered at or above the
 * threshold, that one's reply is the message's. A sentence ranked best for anything else
 * ("… ¿quién dio la charla sobre el clima?") leaves the message refused; a statement
 * about the asker is skipped.
 */
final class SmallTalkSentences {

	private final Corpus corpus;

	SmallTalkSentences(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The first sentence's reply that is small talk at or above the threshold, when every
	 * sentence of {@code sentences} (two or more) is small talk or a statement about the
	 * asker ("Hola, soy de una ONG en Quito": the greeting is answered, the statement
	 * asks nothing); empty otherwise.
	 * @param aboutTheAsker whether a sentence states something about the asker
	 * @param answer the reply to one sentence, read as a whole message
	 */
	Optional<Reply> reply(List<String> sentences, Predicate<String> aboutTheAsker, Function<String, Reply> answer) {
		if (sentences.size() < 2) {
			return Optional.empty();
		}
		Reply chosen = null;
		for (String sentence : sentences) {
			if (aboutTheAsker.test(sentence)) {
				continue;
			}
			Reply reply = answer.apply(sentence);
			Optional<String> best = reply.answer().trace().intents().stream().findFirst().map(Scored::name);
			if (best.filter(this::smallTalk).isEmpty()) {
				return Optional.empty();
			}
			if (chosen == null && reply.answer().answered() && smallTalk(reply.answer().intent())
					&& reply.answer().confidence() >= corpus.info().threshold()) {
				chosen = reply;
			}
		}
		return Optional.ofNullable(chosen);
	}

	private boolean smallTalk(String name) {
		return corpus.intent(name)
			.filter(i -> !i.answersFromTheDocument() && !i.unanswerable() && !i.isOutOfScope())
			.isPresent();
	}

}
