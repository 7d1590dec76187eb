package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.QuestionReader;

/**
 * Stages 4 to 9 of {@link AnswerEngine} for one question read out of a message (its
 * language known, read and spelling-corrected): entities, follow-up, sections, intents,
 * decision and reply, as this package's documentation lists them. A run-on whose question
 * comes after words no intent knows is answered again from its first question word.
 */
final class QuestionAnswerer {

	/**
	 * Words from which the text before a message's last question asks one of its own,
	 * when it has a question word: "¿qué día fue?" does, "¿qué" does not.
	 */
	private static final int OWN_QUESTION_WORDS = 3;

	private final Corpus corpus;

	private final Map<String, QuestionReader> readers;

	private final Map<String, AskedKind> askedKinds;

	private final EntityExtractor extractor;

	private final IntentRanker ranker;

	private final KnownWords knownWords;

	private final AnswerComposer composer;

	private final DialogResolver dialog;

	private final UnknownNames unknownNames;

	private final Computations computations;

	private final OperationReader operations;

	private final AnswerListing listing;

	private final QuestionRanking questionRanking;

	private final BareQuestions bareQuestions;

	private final CountedInAnswer countedInAnswer;

	private final Companions companions;

	private final OtherValuesAsked otherValues;

	private final AfterPreviousQuestion afterPrevious;

	private final SuperlativePick superlativePick;

	private final QuestionRewriting rewriting;

	private final OperationInContext operationInContext;

	private final AntecedentChoice antecedents;

	QuestionAnswerer(Corpus corpus, EngineBuilder.Parts parts, AnswerListing listing) {
		this.corpus = corpus;
		this.readers = parts.readers();
		this.askedKinds = parts.askedKinds();
		this.extractor = parts.extractor();
		this.ranker = parts.ranker();
		this.knownWords = parts.ranker().knownWords();
		this.composer = parts.composer();
		this.dialog = parts.dialog();
		this.unknownNames = parts.unknownNames();
		this.computations = parts.computations();
		this.operations = parts.operations();
		this.listing = listing;
		this.questionRanking = new QuestionRanking(corpus, parts.index(), parts.analyzers(), parts.ranker(),
				parts.datedFamilies());
		this.bareQuestions = new BareQuestions(corpus, parts.analyzers());
		this.countedInAnswer = new CountedInAnswer(corpus, parts.composer(), listing);
		this.companions = new Companions(corpus);
		this.otherValues = new OtherValuesAsked(corpus, companions);
		this.afterPrevious = new AfterPreviousQuestion(corpus);
		this.superlativePick = new SuperlativePick(corpus);
		DaysOfSpans daysOfSpans = new DaysOfSpans(corpus, parts.operations());
		this.rewriting = new QuestionRewriting(corpus, parts, daysOfSpans);
		this.antecedents = new AntecedentChoice(corpus, parts.extractor(), parts.ranker(), questionRanking,
				bareQuestions);
		this.operationInContext = new OperationInContext(parts.operations(), new ListedCount(corpus),
				parts.computations(), daysOfSpans);
	}

	/**
	 * Stages 4 to 9 for one question read from {@code message} ({@code corrected}: read
	 * and spelling-corrected).
	 */
	Reply answerRead(String message, String corrected, String lang, String replyLanguage,
			Map<String, String> corrections, DialogState previous) {
		// 4. Entities and 5. the follow-up stage.
		QuestionRewriting.Rewritten rewritten = rewriting.rewrite(corrected, lang, previous);
		Extraction named = rewritten.named();
		Optional<AskedOperation> askedAsWritten = rewritten.askedAsWritten();
		Extraction extraction = rewritten.extraction();
		Optional<Intent> previousIntent = previous.intent().flatMap(corpus::intent);
		// 6. Sections (ExampleIndex) and 7. intents (IntentRanker).
		QuestionRanking.Ranked ranking = questionRanking.rank(extraction, lang, previous);
		Optional<String> asksFor = askedKinds.get(lang).in(corrected);
		AntecedentChoice.Understood pointingBack = antecedents.understood(extraction, ranking, lang, previous,
				asksFor.filter(AnswerKinds.DATE::equals).isPresent());
		extraction = pointingBack.extraction();
		ranking = pointingBack.ranking();
		List<Scored> ranked = ranking.intents();
		List<Scored> sections = ranking.sections();
		List<String> mentions = extraction.mentions()
			.stream()
			.map(m -> m.tag() + ":" + (m.values().isEmpty() ? "?" : m.values().stream().map(EntityValue::id).toList()))
			.toList();
		// 8. The decision (DialogResolver).
		String masked = extraction.masked();
		// The computation asked for, read once for the decision and the reply.
		// Read again only when the follow-up stage rewrote the question.
		boolean bare = bareQuestions.bare(masked, lang);
		Extraction understood = extraction;
		Optional<AskedOperation> operation = operationInContext.read(extraction, named, askedAsWritten, bare, asksFor,
				previousIntent, previous, lang);
		boolean closedWorld = corpus.info().closedWorld();
		boolean asksAboutUnknown = closedWorld && asksAboutUnknown(masked, corrected, lang, asksFor, operation);
		Optional<String> unknownName = closedWorld
				? unknownNames.firstIn(message, masked.substring(readers.get(lang).questionStart(masked)))
				: Optional.empty();
		// Read once: the decision weighs it, and the reply's state remembers the end it
		// picked (SuperlativePick).
		Optional<Operation> superlative = operations.superlative(extraction.folded(), lang);
		// "¿Qué otros talleres hubo además del de cerámica?": the family's other values.
		extraction = otherValues.instead(extraction, lang,
				operation.isPresent() || asksFor.filter(AnswerKinds.NUMBER::equals).isPresent());
		// The message's question intro ("what does the document say about"), read once.
		Optional<String> intro = readers.get(lang).intro(Folding.fold(message));
		Decision decided = dialog.decide(extraction, ranked, previous,
				new Reading(knownWords.foreignShare(masked, lang), readers.get(lang).hasQuestionWord(corrected),
						asksAboutUnknown, unknownName, operation.map(AskedOperation::operation),
						operation.flatMap(AskedOperation::counted), asksFor, bare,
						operation.flatMap(AskedOperation::familyWhole).isPresent(),
						operation.filter(AskedOperation::extremes).isPresent(), superlative, lang,
						extractor.wholeFamilies(extraction.folded()),
						intent -> closedWorld && asksFor.filter(AnswerKinds.NUMBER::equals).isPresent()
								&& readers.get(lang)
									.afterKeyCue(masked)
									.map(c -> knownWords.countsWhatTheIntentLacks(intent, c, lang,
											corpus.languages().get(lang).phrasing().pluralEndings()))
									.orElse(false),
						intro.isPresent(),
						asksFor.isPresent() ? Optional.empty() : intro.flatMap(askedKinds.get(lang)::ofPhraseIn)),
				intent -> ranker.coverage(intent, masked, lang),
				(intent, selected) -> operation.isPresent() && corpus.intent(intent)
					.flatMap(i -> computations.compute(operation.get(), i, selected, List.of(lang)))
					.isPresent(),
				(intent, selected) -> operation.isPresent()
						&& (computations.overQuotedOperands(operation.get(), selected, masked, List.of(lang))
							.isPresent()
								|| corpus.intent(intent)
									.flatMap(i -> composer.compose(i, selected, false, List.of(lang)))
									.flatMap(text -> computations.overQuoted(operation.get(), masked,
											understood.folded(), text, List.of(lang)))
									.isPresent()));
		// A count of what the answer about the values named lists: "¿cuántos
		// talleres hubo el lunes?" over the Monday's agenda. Not when the decision
		// counts them itself.
		Decision decision = decided;
		Optional<AskedOperation> asked = operation;
		Optional<CountedInAnswer.Counted> inAnswer = countedInAnswer
			.of(operation, SelectedValues.of(extraction), ranked, lang)
			.filter(c -> !decided.intent().equals(Optional.of(c.counting()))
					&& knownWords.foreignShare(masked, lang) == 0);
		if (inAnswer.isPresent()) {
			CountedInAnswer.Counted counted = inAnswer.get();
			asked = Optional.of(counted.asked());
			// What the question named (the day whose workshops it counts) is what the
			// conversation is about next: "¿y al día siguiente?" is the day after it.
			decision = Decision.answer(counted.counting(), counted.values(), false,
					Math.max(corpus.info().threshold(), ranking.bestScore()),
					SelectedValues.remembered(previous, SelectedValues.of(extraction)),
					"counted the " + counted.asked().counted().orElseThrow() + " values the answer of "
							+ counted.source() + " names");
		}
		Optional<String> question = decision.intent().isEmpty() ? readers.get(lang).fromQuestionWord(corrected)
				: Optional.empty();
		// Words before it that ask a question of their own ("¿qué día fue la apertura
		// y quién habló?") are no run-on: reading from the last question would drop it.
		// A question word alone before it ("¿qué número de…?") asks nothing more.
		Optional<String> before = question.map(q -> corrected.substring(0, corrected.length() - q.length()));
		if (question.isPresent() && namesNothing(message, before.get(), lang)
				&& !(readers.get(lang).hasQuestionWord(before.get())
						&& before.get().trim().split("\\s+").length >= OWN_QUESTION_WORDS)) {
			// A run-on whose question comes after words no intent knows ("mira te cuento
			// que estamos armando una nota y necesitamos saber cuántos…"): the question
			// from its first interrogative on, when that is answered. Words before it
			// that name something (a platform, a name) may be what it is about: then not.
			Reply fromQuestion = answerRead(message, question.get(), lang, replyLanguage, corrections, previous);
			if (fromQuestion.answer().answered()) {
				return fromQuestion;
			}
		}
		// 9. The reply (AnswerComposer).
		Trace trace = new Trace(lang, corrections, extraction.masked(), mentions, ranked.stream().limit(5).toList(),
				sections, decision.reason());
		Reply reply = composer.reply(decision, extraction.folded(), ranked, replyLanguage, trace, previous, asked);
		// "¿qué día se vio?" after an area's theme: read after the previous question.
		if (!reply.answer().answered()) {
			Decision refused = AfterPreviousQuestion.refusal(decision, extraction, asked,
					knownWords.foreignShare(masked, lang) == 0);
			Optional<Reply> after = afterPrevious.reply(corrected, refused, extraction, asked, asksFor, previous,
					(text, state) -> answerRead(message, text, lang, replyLanguage, corrections, state));
			if (after.isPresent()) {
				return after.get();
			}
		}
		// "¿Quién coorganizó con la feria?": the answer's other value is who was asked
		// about.
		Map<String, List<String>> askedWith = asksFor.filter(AnswerKinds.PERSON::equals).isPresent()
				? companions.in(extraction, lang) : Map.of();
		Optional<String> counted = asked.filter(a -> a.operation() == Operation.COUNT).flatMap(AskedOperation::counted);
		Reply remembered = listing.remember(reply, previous, extraction.selectedFamilies(), decision.useAnswerAll(),
				askedWith, counted.filter(f -> reply.answer().answered()));
		// "¿qué día tuvo menos?" answered with both ends: the conversation goes on about
		// the one asked. Not when the question named the values it ranks ("¿quién tuvo
		// más, A o B?"): the family's end is none of them, and "¿y la diferencia?" is
		// between the two named.
		Set<String> rankedFamilies = extraction.selectedFamilies();
		return superlativePick.picked(superlative, remembered.answer())
			.filter(picked -> picked.keySet().stream().noneMatch(rankedFamilies::contains))
			.map(picked -> new Reply(remembered.answer(), remembered.state().withNamed(picked)))
			.orElse(remembered);
	}

	/**
	 * Whether {@code text}, read from {@code message}, names no value of the corpus and
	 * no capitalised name the corpus does not know.
	 */
	private boolean namesNothing(String message, String text, String lang) {
		return extractor.extract(text, lang).mentions().isEmpty() && unknownNames.firstIn(message, text).isEmpty();
	}

	/**
	 * Whether the question asks about something nothing the bot answers speaks of: what
	 * follows its first key cue ("¿cuántos periodistas…?") or its average's phrase ("a
	 * média de idade dos inscritos") starts with a word no answer uses; it ranks what no
	 * figure ranks; or it asks a number broken down by a family without figures
	 * ("¿cuántos inscritos por país?"), unless that family is what an average divides by.
	 * @param masked the question with its values masked
	 * @param corrected the question as read and spelled
	 */
	private boolean asksAboutUnknown(String masked, String corrected, String lang, Optional<String> asksFor,
			Optional<AskedOperation> operation) {
		boolean averages = operation.filter(a -> a.operation() == Operation.AVERAGE).isPresent();
		return readers.get(lang).afterKeyCue(masked).map(c -> knownWords.startsWithForeignTerm(c, lang)).orElse(false)
				|| operations.ranksWhatHasNoFigures(corrected, lang)
				|| averages && operations.afterPhraseOf(Operation.AVERAGE, masked, lang)
					.filter(after -> knownWords.startsWithForeignTerm(after, lang))
					.isPresent()
				|| asksFor.filter(AnswerKinds.NUMBER::equals).isPresent() && !averages
						&& operations.breaksDownWhatHasNoFigures(corrected, lang);
	}

}
