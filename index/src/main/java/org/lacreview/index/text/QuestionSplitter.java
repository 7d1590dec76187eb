package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Splits a message that asks several things into its questions, with one language's
 * {@link Phrasing}: after each question mark ("¿cuándo fue? ¿quién la organizó?") and at
 * each joiner that a question word or an opening "¿" follows ("cuándo fue y quién la
 * organizó"), the joiner kept as the start of the next question, which so reads as a
 * follow-up of the one before ("and how many took part?" after "when were the webinars
 * held"). A piece after a question mark with no question word of its own goes on the
 * question before it ("¿quién la coorganizó? ¿la OIM sola?"); a topic before an opening
 * "¿" stays with its question ("En las consultas, ¿cuántos hubo?"). A piece of fewer than
 * {@value #MIN_PART_WORDS} words is no question of its own ("¿cuándo y dónde?" stays
 * whole), and a message of more than {@value #MAX_PARTS} pieces is read whole, as the
 * engine answers at most that many at once. Works on folded text (see {@link Folding}).
 */
public final class QuestionSplitter {

	/** The most questions answered from one message. */
	public static final int MAX_PARTS = 3;

	private static final int MIN_PART_WORDS = 2;

	/** After a question mark, or a run of them. */
	private static final Pattern QUESTION_END = Pattern.compile("(?<=\\?)(?!\\?)");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** The items of a list of requests. */
	private final ListSeparators listSeparators;

	/** The plus sign, a joiner of two requests or of two operands. */
	private static final String PLUS_SIGN = "+";

	/**
	 * A joiner, then a question word or an opening question mark: where a second question
	 * starts.
	 */
	private final Pattern nextQuestion;

	/** A question word of the language, as a whole word. */
	private final Pattern questionWord;

	/**
	 * A joiner that starts a piece ("¿y su página web?"): a question of its own even
	 * without a question word.
	 */
	private final Pattern startsWithJoiner;

	/**
	 * The most stop words between a joiner and the question word of the question it
	 * starts ("et il y avait combien…").
	 */
	static final int MAX_WORDS_BEFORE_QUESTION_WORD = 3;

	/**
	 * A phrase asking for a computation ("juntos", "in total", "="): a plus sign is then
	 * arithmetic.
	 */
	private final Pattern computing;

	/**
	 * A phrase asking for a sum ("sumando", "in total"): its operands are joined by "y".
	 */
	private final Pattern summing;

	private final AccentedQuestionMarker accentedQuestions;

	private final PlusSigns plusSigns;

	private final SharedAsking sharedAsking;

	/** "¿cuántos por la puerta norte y por la sur?": one question of two topics. */
	private final ParallelTopics parallelTopics;

	/**
	 * A phrase asking for a computation other than a count ("diferencia", "juntos"): two
	 * topics are then its operands, not two questions. Null when the language has none.
	 */
	private final Pattern operating;

	/** The language's range openers ("between"), folded; null for none. */
	private final Pattern rangeOpener;

	/** The language's part joiners as whole words, folded; null for none. */
	private final Pattern joinerWord;

	/** "talleres: fecha y lugar": each thing asked of the topic. */
	private final TopicList topicList;

	/** "fecha y número de inscritos": each request listed. */
	private final RequestList requestList;

	/** A splitter that allows one word at most between a joiner and a question word. */
	public QuestionSplitter(Phrasing phrasing) {
		this(phrasing, Set.of());
	}

	/**
	 * @param stopwords the language's stop words: up to
	 * {@value #MAX_WORDS_BEFORE_QUESTION_WORD} of them may stand between a joiner and the
	 * question word of the question it starts
	 */
	public QuestionSplitter(Phrasing phrasing, Set<String> stopwords) {
		this(phrasing, stopwords, List.of());
	}

	/**
	 * @param stopwords as above
	 * @param rangeOpeners the words that a part joiner pairs with ("between … and"): in a
	 * message asking a computation, the joiner after one is no split ("the difference
	 * between the number of fairs and the number of markets")
	 */
	public QuestionSplitter(Phrasing phrasing, Set<String> stopwords, List<String> rangeOpeners) {
		this.rangeOpener = Phrases.wholeWords(rangeOpeners.stream().map(Folding::fold).toList());
		this.joinerWord = Phrases.wholeWords(phrasing.partJoiners().stream().map(Folding::fold).toList());
		this.sharedAsking = new SharedAsking(phrasing);
		this.parallelTopics = new ParallelTopics(phrasing, stopwords);
		this.topicList = new TopicList(phrasing);
		this.requestList = new RequestList(phrasing);
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		List<String> questionWords = phrasing.questionWords().stream().map(Folding::fold).toList();
		this.questionWord = Pattern
			.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(questionWords) + ")(?![\\p{L}\\p{N}])");
		this.accentedQuestions = new AccentedQuestionMarker(phrasing, questionWord);
		this.plusSigns = new PlusSigns(questionWord, MIN_PART_WORDS);
		// A joiner before a question word, or before a word and a question word that more
		// words follow ("and between which months…", not "y por cuánto"); or a bare comma
		// right before a question word ("when was it, who opened it"), or before a short
		// word before one ("who opened it, on what date, and…"). The phrases of
		// several words that ask for a kind of answer are question words here too: "y qué
		// día arrancó" asks, where "que" alone is no interrogative once folded.
		List<String> asking = new ArrayList<>(questionWords);
		phrasing.asksFor()
			.values()
			.forEach(phrases -> phrases.stream()
				.map(Folding::fold)
				.filter(phrase -> phrase.contains(" "))
				.forEach(asking::add));
		String questionWordAhead = "(?:¿|(?:" + Phrases.alternation(asking) + ")(?![\\p{L}\\p{N}]))";
		String joiner = "(?:" + Phrases.alternation(joiners) + ")\\s+";
		this.startsWithJoiner = joiners.isEmpty() ? null : Pattern.compile("[\\s¿]*" + joiner);
		this.listSeparators = new ListSeparators(phrasing);
		// Not the plus sign itself, which would make every plus a sum.
		this.computing = computingPhrases(phrasing, operation -> true);
		this.operating = computingPhrases(phrasing, operation -> !operation.equals(OperationName.COUNT.key()));
		this.summing = Phrases.wholeWords(phrasing.operations()
			.getOrDefault(OperationName.SUM.key(), List.of())
			.stream()
			.filter(phrase -> !phrase.contains("…"))
			.toList());
		// After the joiner, one word of any kind ("y después cuántos…"), or up to
		// MAX_WORDS_BEFORE_QUESTION_WORD stop words ("et il y avait combien…"): not the
		// rest of a name ("talleres de cocina y cerámica artesanal cuántos…").
		String stops = stopwords.isEmpty() ? "" : "|" + joiner + "(?:(?:" + Phrases.alternation(stopwords) + ")\\s+){2,"
				+ MAX_WORDS_BEFORE_QUESTION_WORD + "}" + questionWordAhead + "\\s+\\p{L}";
		this.nextQuestion = joiners.isEmpty() ? null
				: Pattern.compile("[\\s,]+(?=" + joiner + questionWordAhead + "|" + joiner + "\\p{L}+\\s+"
						+ questionWordAhead + "\\s+\\p{L}" + stops + ")|(\\s*,\\s*)(?=(?:\\p{L}{1,3}\\s+)?"
						+ questionWordAhead + ")");
	}

	/**
	 * Whether {@code before}, a phrase without a question word before a comma, is the
	 * first item of a list of requests ("dates of the fair, who opened it, and how many
	 * came?") rather than a topic the questions after it share: another question starts
	 * after the one at {@code from} in {@code piece}, the writer did not open the one
	 * after the comma with "¿" ("en la feria, ¿cuántos…?" marks where the question
	 * starts), and the phrase computes nothing ("comparado con el lunes, …" is an
	 * operand) and pairs nothing ("Entre la diaspora et le milieu académique, qui…" names
	 * what the question compares).
	 */
	private boolean listsMore(String before, String piece, int from) {
		return !piece.startsWith("¿", from) && (computing == null || !computing.matcher(before).find())
				&& !pairsTwo(before) && nextQuestion.matcher(piece).region(from, piece.length()).find();
	}

	/**
	 * Whether {@code before} opens with a range opener and joins two things after it
	 * ("entre A et B", "between A and B"): the pair a question compares.
	 */
	private boolean pairsTwo(String before) {
		if (rangeOpener == null || joinerWord == null) {
			return false;
		}
		Matcher opener = rangeOpener.matcher(before);
		return opener.lookingAt() && joinerWord.matcher(before).region(opener.end(), before.length()).find();
	}

	/**
	 * {@code message} (as written, before folding) with "¿" before each interrogative
	 * that asks only with its accent ({@code accented_question_words}) when a part joiner
	 * comes right before it, or before a short word before it ("y de qué se habló": the
	 * "¿" then goes before that word), and the message asked something before that (a
	 * question mark, a question word or such an interrogative): "¿A qué se comprometieron
	 * y qué reafirmaron?" then splits in two, where folding alone would leave "y que",
	 * which is also "and that". When it marks one, an interrogative opening the message
	 * is marked too.
	 */
	public String withAccentedQuestionsMarked(String message) {
		return accentedQuestions.marked(message);
	}

	/**
	 * The message's questions at each question mark only, none joined to the one before
	 * for lacking a question word ("¿cuántos fueron? ¿es mucho?" is two): what to answer
	 * one by one when the message read whole is refused. A single element, the message,
	 * when that gives fewer than two or more than {@value #MAX_PARTS} pieces or a piece
	 * of fewer than {@value #MIN_PART_WORDS} words.
	 */
	public List<String> atQuestionMarks(String folded) {
		List<String> pieces = Arrays.stream(QUESTION_END.split(folded))
			.map(String::strip)
			.filter(p -> words(p) > 0)
			.toList();
		if (pieces.size() < 2 || pieces.size() > MAX_PARTS
				|| pieces.stream().anyMatch(p -> words(p) < MIN_PART_WORDS)) {
			return List.of(folded);
		}
		return pieces;
	}

	/**
	 * The items of a list of requests in {@code folded} ("dates of the fair, who opened
	 * it, and the radio audience?"), to answer one by one when the message read whole is
	 * refused; the message alone when it is none ({@link ListSeparators}).
	 */
	public List<String> atListSeparators(String folded) {
		return listSeparators.items(folded);
	}

	/**
	 * The questions of {@code folded}, in order: the text itself when it asks one thing,
	 * or when its pieces are too many or too short to be questions of their own.
	 */
	public List<String> split(String folded) {
		// "¿qué dijeron sobre A y sobre B?": the way of asking goes with each topic.
		// Not "la diferencia entre los del norte y los del sur": operands.
		boolean operates = operating != null && operating.matcher(folded).find();
		Optional<List<String>> shared = sharedAsking.distributed(folded)
			.or(() -> topicList.distributed(folded, operating))
			.or(() -> operates ? Optional.empty() : parallelTopics.distributed(folded));
		if (shared.isPresent()) {
			return shared.get();
		}
		List<String> pieces = new ArrayList<>();
		for (String piece : QUESTION_END.split(folded)) {
			// "¿" before an interrogative that asks only with its accent opens a question
			// of its own: "¿cuántos? ¿que áreas…" (where "que" lost its accent).
			if (!pieces.isEmpty() && !questionWord.matcher(piece).find()
					&& !accentedQuestions.opensWithInterrogative(piece)
					&& (startsWithJoiner == null || !startsWithJoiner.matcher(piece).lookingAt())) {
				pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + piece);
			}
			else {
				pieces.add(piece);
			}
		}
		List<String> parts = new ArrayList<>();
		boolean asksSum = summing != null && summing.matcher(folded).find();
		for (String piece : pieces) {
			if (nextQuestion == null) {
				parts.add(piece);
				continue;
			}
			Matcher joiner = nextQuestion.matcher(piece);
			int start = 0;
			int paired = 0;
			while (joiner.find()) {
				String before = piece.substring(start, joiner.start());
				if (operates && joiner.group(1) == null && pairsARange(piece, paired, joiner)) {
					// "…between the number of X and the number of Y": the joiner the
					// range opener waits for joins two operands.
					paired = joiner.end();
					continue;
				}
				if ((joiner.group(1) != null && !listsMore(before, piece, joiner.end()) || joiner.group(1) == null
						&& asksSum && (!before.contains("¿") || summing.matcher(before).find()))
						&& !questionWord.matcher(before).find()) {
					// A topic before the question and its comma ("en las consultas,
					// ¿cuántos…?") is not a question of its own; nor, in a message asking
					// a sum, the first operand before "y" ("sumando la escuela y
					// el taller, ¿cuántos son?"), unless its writer opened it as a
					// question ("¿qué tema hubo el 26 y cuántos vieron… en total?")
					// that the sum does not open ("¿sumando la escuela y el taller
					// cuántos son?").
					continue;
				}
				parts.add(before);
				start = joiner.end();
			}
			parts.add(piece.substring(start));
		}
		parts = plusSigns.beforeQuestion(parts);
		parts = requestList.split(parts, folded);
		if (computing == null || !computing.matcher(folded).find()) {
			parts = PlusSigns.joined(parts);
		}
		List<String> questions = parts.stream().map(String::strip).filter(p -> words(p) > 0).toList();
		if (questions.size() < 2 || questions.size() > MAX_PARTS || words(questions.get(0)) < MIN_PART_WORDS
				|| questions.stream().skip(1).anyMatch(p -> words(p) < MIN_PART_WORDS && !bareQuestionWord(p))) {
			return List.of(folded);
		}
		return questions;
	}

	/**
	 * Whether {@code part} is a question word alone ("when" in "how many fairs were
	 * there, when, and who came?"): after a question of its own, it asks that of the same
	 * topic, as "and when?" would.
	 */
	private boolean bareQuestionWord(String part) {
		return questionWord.matcher(NON_WORD.matcher(part).replaceAll(" ").strip()).matches();
	}

	/**
	 * Whether the part joiner {@code joiner} found (a match of {@link #nextQuestion},
	 * ending right before the joiner word) is the first joiner word after a range opener
	 * of {@code piece} from {@code from} on.
	 */
	private boolean pairsARange(String piece, int from, Matcher joiner) {
		if (rangeOpener == null || joinerWord == null) {
			return false;
		}
		Matcher opener = rangeOpener.matcher(piece).region(from, joiner.start());
		if (!opener.find()) {
			return false;
		}
		Matcher first = joinerWord.matcher(piece).region(opener.end(), piece.length());
		return first.find() && first.start() == joiner.end();
	}

	/**
	 * The phrases of the language's {@code operations} whose key {@code operations}
	 * accepts, as whole words: those written in one piece (no "…") that have a letter
	 * (not the plus sign itself, which would make every plus a sum); null for none.
	 */
	static Pattern computingPhrases(Phrasing phrasing, Predicate<String> operations) {
		return Phrases.wholeWords(phrasing.operations()
			.entrySet()
			.stream()
			.filter(e -> operations.test(e.getKey()))
			.flatMap(e -> e.getValue().stream())
			.filter(phrase -> !phrase.contains("…"))
			// Not the plus sign itself, which would make every plus a sum; "=" and "%"
			// ask for a result whatever joins the values.
			.filter(phrase -> !phrase.strip().equals(PLUS_SIGN))
			.toList());
	}

	/** The number of words of {@code text}. */
	static long words(String text) {
		return Arrays.stream(NON_WORD.split(text)).filter(w -> !w.isEmpty()).count();
	}

}
