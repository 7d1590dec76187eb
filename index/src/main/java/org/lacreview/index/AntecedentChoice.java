package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;

/**
 * Whether a question's word pointing back ("ella", "her", "dela") stands for what the
 * last answer was about: the question is read with it as that, and ranked again, and that
 * reading is kept only when it is better understood; a question of nothing but question
 * words and the pointer ("¿y cuándo es eso?") is read as about the first of the things
 * the last answer named that it is then understood of. Part of {@link QuestionAnswerer}.
 */
final class AntecedentChoice {

	private final Corpus corpus;

	private final EntityExtractor extractor;

	private final IntentRanker ranker;

	private final QuestionRanking questionRanking;

	private final BareQuestions bareQuestions;

	AntecedentChoice(Corpus corpus, EntityExtractor extractor, IntentRanker ranker, QuestionRanking questionRanking,
			BareQuestions bareQuestions) {
		this.corpus = corpus;
		this.extractor = extractor;
		this.ranker = ranker;
		this.questionRanking = questionRanking;
		this.bareQuestions = bareQuestions;
	}

	/** A question's entities and its ranking. */
	record Understood(Extraction extraction, QuestionRanking.Ranked ranking) {
	}

	/**
	 * {@code extraction} (ranked as {@code ranking}) or, when it reads better so, the
	 * same question with its words pointing back read as the last answer's subject.
	 */
	Understood understood(Extraction extraction, QuestionRanking.Ranked ranking, String lang, DialogState previous) {
		return understood(extraction, ranking, lang, previous, false);
	}

	/**
	 * {@link #understood(Extraction, QuestionRanking.Ranked, String, DialogState)}; when
	 * {@code asksADate}, a bare question with no word pointing back ("¿y cuándo?") is
	 * also read as about the things the last answer named, as one with a pointer is: only
	 * a date is asked so of what an answer named ("and?", "¿cuáles?" say too little to be
	 * about it).
	 */
	Understood understood(Extraction extraction, QuestionRanking.Ranked ranking, String lang, DialogState previous,
			boolean asksADate) {
		// A word pointing back may stand for what the last answer was about ("¿qué hizo
		// ella?") or belong to another thing asked of it ("o site da organização dela"):
		// it is read as the last answer's subject only when the question is then better
		// understood, even when it was understood well enough without that ("et quels
		// étaient les thèmes ce jour-là ?" is about the day just asked of, not about
		// which day had the most participants).
		// "¿y cuándo es eso?" says nothing but its question word and the pointer: read
		// alone it asks about the whole document, which is not what it points to, so it
		// is read as the first of the things the last answer named that it is then
		// understood about.
		boolean bare = bareQuestions.bare(extraction.masked(), lang);
		List<String> families = antecedents(previous);
		for (String family : bare ? families : families.stream().limit(1).toList()) {
			Extraction resolved = extractor.withAntecedent(extraction, lang, family);
			boolean named = false;
			if (resolved == extraction && bare && asksADate && !extraction.refersBack()) {
				Optional<Extraction> about = withNameOfListed(extraction, lang, family, previous);
				named = about.isPresent();
				resolved = about.orElse(extraction);
			}
			// Not when it asks something nothing in the corpus names ("and what's her
			// email?"): that is refused as before, whoever "her" is.
			if (resolved != extraction && ranker.knownWords().allWordsKnownInLanguage(resolved.masked(), lang)) {
				QuestionRanking.Ranked pointing = questionRanking.rank(resolved, lang, previous);
				if (named && !firstGivesADateInstead(pointing, ranking)) {
					// "¿y cuándo?" after who organised it is not about the organiser.
					continue;
				}
				// An antecedent the last answer only mentioned, not what it was about,
				// must make the question understood outright: "what else did they stress
				// along with that?" is not about a group the answer happened to name.
				boolean sure = lastSubject(previous).isPresent() || pointing.bestScore() >= corpus.info().threshold();
				if ((pointing.bestScore() > ranking.bestScore() || bare) && sure) {
					return new Understood(resolved, pointing);
				}
			}
		}
		return new Understood(extraction, ranking);
	}

	/**
	 * The question with the name of the first value of {@code family} the last answer
	 * listed after it, read again; empty when the answer listed none of it, or the
	 * question names one.
	 */
	private Optional<Extraction> withNameOfListed(Extraction extraction, String lang, String family,
			DialogState previous) {
		if (extraction.selectedFamilies().contains(family)) {
			return Optional.empty();
		}
		return previous.listed()
			.getOrDefault(family, List.of())
			.stream()
			.findFirst()
			.flatMap(id -> corpus.family(family).flatMap(f -> f.value(id)))
			.flatMap(value -> value.label().in(lang, List.of()))
			.map(name -> extractor.extract(extraction.folded().strip() + " " + Folding.fold(name), lang,
					previous.values()))
			.filter(about -> about.selectedFamilies().contains(family));
	}

	/**
	 * Whether the intent ranked first in {@code named} is not the one ranked first in
	 * {@code alone} and answers first of all with a date (the first of its
	 * {@link Intent#answers()}): the value named makes the question about something the
	 * question alone was not ("¿cuándo?" about the forum), and a date is what it says of
	 * it (an organisation's description is no answer to "¿y cuándo?").
	 */
	private boolean firstGivesADateInstead(QuestionRanking.Ranked named, QuestionRanking.Ranked alone) {
		Optional<String> top = named.intents().stream().findFirst().map(Scored::name);
		Optional<String> topAlone = alone.intents().stream().findFirst().map(Scored::name);
		return top.isPresent() && !top.equals(topAlone)
				&& top.flatMap(corpus::intent)
					.filter(i -> !i.answers().isEmpty() && i.answers().get(0).equals(AnswerKinds.DATE))
					.isPresent();
	}

	/**
	 * The families a word pointing back may stand for, the likeliest first
	 * ({@link EntityExtractor#withAntecedent}): the previous intent's slot family when
	 * the turn had values of it ("ella" after an answer about a person that also names
	 * her organisation is that person), else those its answer listed, in order ("her"
	 * after the three who opened the meeting, named before their organisations), else the
	 * one family of the values it was about; none when there is none.
	 */
	private List<String> antecedents(DialogState previous) {
		Optional<String> subject = lastSubject(previous);
		if (subject.isPresent()) {
			return List.of(subject.get());
		}
		List<String> listed = previous.listed()
			.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
		if (!listed.isEmpty()) {
			return listed;
		}
		return previous.values().size() == 1 ? List.copyOf(previous.values().keySet()) : List.of();
	}

	/**
	 * The previous intent's slot family when the turn had values of it: what the last
	 * answer was about.
	 */
	private Optional<String> lastSubject(DialogState previous) {
		return previous.intent()
			.flatMap(corpus::intent)
			.flatMap(Intent::slot)
			.filter(slot -> !previous.values().getOrDefault(slot, List.of()).isEmpty());
	}

}
