package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.lacreview.index.corpus.EntityValue;

/**
 * What the reading of the question says beside its words and entities.
 *
 * @param foreignShare the share of the question's words nothing the bot answers uses
 * @param asks whether the question has a question word of its own ("y parlamentarios,
 * ¿cuántos hubo?"), so that starting with "y" does not make it a bare follow-up
 * @param asksAboutUnknown whether what the question counts or names is a word nothing the
 * bot answers uses ("¿cuántos periodistas…?", "how many students…?", "¿cuál es el
 * salario…?")
 * @param unknownName a proper name in what the question asks that the corpus does not
 * know ({@link UnknownNames})
 * @param operation the computation the question asks for ({@link Computations}: "¿y
 * juntos?"), if any
 * @param counted the family whose values the question counts ("¿cuántos grupos…?"), if
 * any
 * @param asksFor the kind of answer the question asks for
 * ({@link org.lacreview.index.text.AskedKind}: "¿dónde…?" a place), if any
 * @param bare whether the question is nothing but question words ("¿cuántos fueron?",
 * {@link BareQuestions})
 * @param betweenExtremes whether a difference or ratio is between the largest and the
 * smallest value of a family ("the gap between the largest and the smallest group")
 * @param superlative the rank the question's superlative asks for when it says one end of
 * a family only ("¿cuál fue el taller más chico?"), whether or not it asks a computation
 * @param language the language the question is read in
 * @param wholeFamilies the families the question names every value of by their count
 * ("los tres días"), with those values
 * ({@link org.lacreview.index.entity.EntityExtractor#wholeFamilies})
 * @param countsWhatTheIntentLacks by intent name, whether the question counts a thing
 * that intent does not give ({@link KnownWords#countsWhatTheIntentLacks})
 * @param introduced whether the message put a question intro before the question ("what
 * does the document say about gender?"), so that the few words left ("gender") are a
 * question of their own, not a follow-up leaning on the last answer
 * @param introAsksFor the kind of answer the message's question intro asks for, when the
 * question left after it asks for none: "what does the document say about ceramics?" asks
 * for a description, though "ceramics" alone asks for nothing; empty when there is no
 * intro or it asks for no kind
 */
record Reading(double foreignShare, boolean asks, boolean asksAboutUnknown, Optional<String> unknownName,
		Optional<Operation> operation, Optional<String> counted, Optional<String> asksFor, boolean bare,
		boolean namesAWhole, boolean betweenExtremes, Optional<Operation> superlative, String language,
		Map<String, List<EntityValue>> wholeFamilies, Predicate<String> countsWhatTheIntentLacks, boolean introduced,
		Optional<String> introAsksFor) {

	boolean asksComputation() {
		return operation.isPresent();
	}
}
