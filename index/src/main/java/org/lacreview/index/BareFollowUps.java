package org.lacreview.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * What a bare question ({@link BareQuestions}: "¿cuáles?", "¿cuántos eran?", "and when?")
 * asks after answers about values. It is about the conversation's values: a count of the
 * values the last answer listed ({@link ListedCount}), or what the last intent or one
 * about a value the conversation named says; any other intent the classifier picks for
 * its lone word is refused. After answers about values, a question of any length that
 * says no superlative and asks no computation is no question about an end of a family
 * either: an intent whose answer picks the largest or the smallest, unless it gave the
 * last answer, is refused for it. Part of the decision stage ({@link DialogResolver}).
 */
final class BareFollowUps {

	/**
	 * The operations whose words compare values: a question with one of them may ask
	 * which is larger ("¿cuál tiene más?") without a superlative.
	 */
	private static final List<Operation> COMPARING = List.of(Operation.RANK_MOST, Operation.RANK_LEAST,
			Operation.DIFFERENCE, Operation.ORDER_MOST, Operation.ORDER_LEAST);

	private final Corpus corpus;

	/**
	 * Per language, the words of its comparing operations' phrases, stop words left out.
	 */
	private final Map<String, Pattern> comparing = new HashMap<>();

	/** Per family with order words, its nouns as whole words. */
	private final Map<String, Pattern> familyNouns = new HashMap<>();

	private final LastTopic lastTopic;

	/** Whether the question (folded) uses a word of its language's comparisons. */
	private boolean compares(String folded, String language) {
		Pattern words = comparing.get(language);
		return words != null && words.matcher(folded).find();
	}

	/**
	 * Whether the question (folded) uses a noun of the intent's slot's family ("¿de qué
	 * grupos venían?" asks about groups, not about the values of the last answer).
	 */
	private boolean namesItsFamily(String intent, String folded) {
		return corpus.intent(intent)
			.flatMap(Intent::slot)
			.map(familyNouns::get)
			.filter(nouns -> nouns.matcher(folded).find())
			.isPresent();
	}

	/**
	 * Whether the intent's answer picks the largest or the smallest of its family
	 * ({@link AnswerAggregates}).
	 */
	private boolean picksAnEnd(String intent) {
		return corpus.intent(intent)
			.filter(i -> AnswerAggregates.picks(i, Operation.RANK_MOST)
					|| AnswerAggregates.picks(i, Operation.RANK_LEAST))
			.isPresent();
	}

	private final ListedCount listedCount;

	BareFollowUps(Corpus corpus, LastTopic lastTopic) {
		this.corpus = corpus;
		this.lastTopic = lastTopic;
		corpus.families().forEach(family -> {
			Pattern nouns = Phrases.wholeWords(family.orderWords());
			if (nouns != null) {
				familyNouns.put(family.name(), nouns);
			}
		});
		corpus.languages().forEach((language, pack) -> {
			Set<String> stop = new HashSet<>();
			pack.stopwords().forEach(w -> stop.add(Folding.fold(w)));
			pack.phrasing().questionWords().forEach(w -> stop.add(Folding.fold(w)));
			List<String> words = COMPARING.stream()
				.flatMap(o -> pack.phrasing().operations().getOrDefault(o.key(), List.of()).stream())
				.flatMap(phrase -> Arrays.stream(Folding.fold(phrase).split("[^\\p{L}\\p{N}]+")))
				.filter(w -> !w.isEmpty() && !stop.contains(w))
				.distinct()
				.toList();
			Pattern pattern = Phrases.wholeWords(words);
			if (pattern != null) {
				comparing.put(language, pattern);
			}
		});
		this.listedCount = new ListedCount(corpus);
	}

	/**
	 * For "¿cuántos eran?" after a list (the count {@link ListedCount#asked} read), the
	 * intent that counts the values listed, which are put into {@code selected}; empty
	 * for any other question.
	 * @param selected the values the question selects, by family; filled here
	 */
	Optional<Intent> countOfListed(Reading reading, DialogState previous, Map<String, List<EntityValue>> selected) {
		if (!reading.bare() || !selected.isEmpty() || reading.operation().filter(Operation.COUNT::equals).isEmpty()) {
			return Optional.empty();
		}
		Optional<String> family = reading.counted().filter(previous.listed()::containsKey);
		Optional<Intent> counting = family.flatMap(listedCount::counting);
		counting.ifPresent(i -> selected.put(family.get(), lastTopic.listed(previous, family.get())));
		return counting;
	}

	/**
	 * "How many were there?" or "¿cuándo es?" after an answer about the values of one
	 * family (the dates of the workshops, the Forum the results go to): the first intent
	 * other than the last, by rank, then in the corpus's order, whose slot is that family
	 * and that gives the kind asked, over those values, which are put into
	 * {@code selected}. For a number, the intent's answer must be first of all a number
	 * (its {@code answers} list it first); a description is never asked so. Empty for any
	 * other question, or when {@code top} already goes on with the conversation.
	 * @param selected the values the question selects, by family; filled here
	 */
	Optional<Intent> askedOfTheLastValue(Scored top, Reading reading, DialogState previous, List<Scored> ranked,
			Map<String, List<EntityValue>> selected) {
		Optional<String> kind = reading.asksFor().filter(k -> !k.equals(AnswerKinds.DESCRIPTION));
		boolean countsNothingNamed = reading.operation().filter(o -> o != Operation.COUNT).isEmpty()
				&& reading.counted().isEmpty();
		if (!reading.bare() || !selected.isEmpty() || kind.isEmpty() || !countsNothingNamed
				|| previous.values().size() != 1 || lastTopic.goesOnWith(top.name(), previous)) {
			return Optional.empty();
		}
		boolean number = kind.get().equals(AnswerKinds.NUMBER);
		String family = previous.values().keySet().iterator().next();
		Optional<Intent> giving = Stream
			.concat(ranked.stream().map(Scored::name).map(corpus::intent).flatMap(Optional::stream),
					corpus.intents().stream())
			.filter(i -> i.answersFromTheDocument() && i.slot().filter(family::equals).isPresent()
					&& !previous.intent().equals(Optional.of(i.name())) && !i.answers().isEmpty()
					&& (number ? i.answers().get(0).equals(AnswerKinds.NUMBER) : i.answers().contains(kind.get())))
			.findFirst();
		giving.ifPresent(i -> selected.put(family, lastTopic.asked(previous, family)));
		return giving;
	}

	/**
	 * "what workshops?" right after "how many workshops were there?": a short question
	 * with a question word naming again the very values the last answer was about, for
	 * the same intent giving only a number, asking no kind of answer and no computation,
	 * would get that answer again; it asks what the answer does not say (which they
	 * were). Refused; empty for any other question.
	 * @param intent the intent the question would be answered with, by name
	 */
	Optional<Decision> sameAnswerAgain(String intent, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected, Extraction extraction) {
		// Only an intent that gives a number alone, asked with a question word: the
		// values named again with a word of their own ("¿y de entidades?") may pick
		// another figure of the answer, and a person's role is asked of the person.
		boolean numberOnly = corpus.intent(intent)
			.filter(i -> i.answers().equals(List.of(AnswerKinds.NUMBER)))
			.isPresent();
		if (!extraction.isShort() || selected.isEmpty() || !reading.asks() || !numberOnly
				|| reading.asksFor().isPresent() || reading.asksComputation()
				|| previous.intent().filter(intent::equals).isEmpty()) {
			return Optional.empty();
		}
		boolean same = selected.entrySet()
			.stream()
			.allMatch(e -> e.getValue()
				.stream()
				.map(EntityValue::id)
				.toList()
				.equals(previous.values().getOrDefault(e.getKey(), List.of())));
		return same
				? Optional.of(Decision.fallback(true, "a short question naming again the values of the last answer of "
						+ intent + ", asking nothing it gives"))
				: Optional.empty();
	}

	/**
	 * The refusal of a bare question that {@code top}, the intent chosen for it, does not
	 * go on with ({@link LastTopic#goesOnWith}), after answers about values, or for a
	 * number after an answer that listed values; empty when it may answer.
	 */
	Optional<Decision> refusal(Scored top, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected, String folded) {
		boolean aboutValues = !previous.values().isEmpty()
				|| !previous.listed().isEmpty() && reading.asksFor().filter(AnswerKinds.NUMBER::equals).isPresent();
		// After a list, a bare question of when may still be about the document's
		// subject; one of how many is about what was listed.
		if (!reading.bare() || !selected.isEmpty() || !aboutValues || lastTopic.goesOnWith(top.name(), previous)) {
			return extremeNotAsked(top, reading, previous, folded);
		}
		return Optional
			.of(Decision.fallback(true, "a bare question after answers about values " + top.name() + " is not about"));
	}

	/**
	 * "¿en qué mes?" after the year of the next fair: a short question naming nothing
	 * that asks for a kind of answer the last answer's intent does not give, when
	 * {@code top} is about none of the values the conversation named
	 * ({@link LastTopic#goesOnWith}) but has a slot: the last answer already said all the
	 * document has, and the values {@code top} would take from its text (the events on
	 * the dates it happens to give) answer what nobody asked. Empty for any other
	 * question, and for one pointing back ("¿qué se discutió ese día?").
	 */
	Optional<Decision> kindTheLastDoesNotGive(Scored top, boolean leans, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		Optional<Intent> last = previous.intent().flatMap(corpus::intent).filter(Intent::answersFromTheDocument);
		if (!leans || !selected.isEmpty() || reading.asksFor().isEmpty() || reading.asksComputation()
				|| previous.values().isEmpty() || last.isEmpty() || AnswerKinds.gives(last.get(), reading.asksFor())
				|| lastTopic.goesOnWith(top.name(), previous)
				|| corpus.intent(top.name()).flatMap(Intent::slot).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Decision.fallback(true, "asks " + reading.asksFor().get() + ", which " + last.get().name()
				+ " does not give, and " + top.name() + " is about none of the values named"));
	}

	/**
	 * "¿y cuántos se conectaron?" after the agenda of one day: a question for a number
	 * that {@code top}, an intent picking an end of its family, is refused
	 * ({@link #refusal}) is asked of the value the conversation is about, by the intent
	 * giving that family's figure for one value ({@link AnswerAggregates#perValueOf}),
	 * whose slot then takes the values remembered; empty when there is no such intent or
	 * value, or the question asks no number.
	 */
	Optional<Intent> perValueInstead(Scored top, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected, String folded) {
		if (reading.asksFor().filter(AnswerKinds.NUMBER::equals).isEmpty()
				|| extremeNotAsked(top, reading, previous, folded).isEmpty()) {
			return Optional.empty();
		}
		Optional<Intent> giving = corpus.intent(top.name())
			.flatMap(i -> AnswerAggregates.perValueOf(i, corpus.intents()))
			.filter(i -> i.slot().filter(f -> !lastTopic.remembered(previous, f).isEmpty()).isPresent());
		giving.ifPresent(i -> selected.put(i.slot().get(), lastTopic.remembered(previous, i.slot().get())));
		return giving;
	}

	/**
	 * "¿Y cuáles eran?" after the count of one group asks its members, which no answer
	 * picking the largest and the smallest group gives: the refusal of {@code top} for a
	 * follow-up after answers about values that says no superlative, asks no computation,
	 * uses no word of a comparison nor a noun of the intent's family, when {@code top}
	 * picks an end of its family and did not give the last answer.
	 */
	private Optional<Decision> extremeNotAsked(Scored top, Reading reading, DialogState previous, String folded) {
		if (previous.values().isEmpty() || reading.superlative().isPresent() || reading.operation().isPresent()
				|| previous.intent().filter(top.name()::equals).isPresent() || !picksAnEnd(top.name())
				|| compares(folded, reading.language()) || namesItsFamily(top.name(), folded)) {
			return Optional.empty();
		}
		return Optional
			.of(Decision.fallback(true, "a follow-up that says no superlative, after answers about values, for "
					+ top.name() + ", which picks an end of its family"));
	}

}
