package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Reads the question out of a message the way people write it, with one language's
 * {@link Phrasing}: informal spellings become the words they stand for ("qnts" →
 * "cuántos"), then the question is cut from what surrounds it (sentences with no question
 * in them when another has one, whatever comes before the last "quería saber" and after a
 * "porque"), and fillers ("eh", "o sea") are dropped. Works on folded text (see
 * {@link Folding}) and returns folded text; a message with nothing to cut or replace
 * comes back as it is.
 */
public final class QuestionReader {

	private final Pattern questionWords;

	/**
	 * An opening "¿" right before an interrogative that asks only with its accent, folded
	 * ("¿que talleres…"), with at most a short word between ("¿de que…"): the question
	 * mark says it asks. Null when the language has no such interrogative.
	 */
	private final Pattern openedInterrogative;

	/**
	 * The phrases of several words that ask for a kind of answer ({@code asks_for}): they
	 * ask as a question word does. Null when there are none.
	 */
	private final Pattern askingPhrases;

	private final Pattern intros;

	/**
	 * A part joiner, then a question intro: "… y dime …". Null when the language lists
	 * neither.
	 */
	private final Pattern joinedIntros;

	private final Pattern outros;

	private final Pattern keyCues;

	private final InformalSpellings spellings;

	private final QuestionSentences questionSentences;

	private final Pattern fillers;

	/**
	 * The words with which askers speak of themselves ({@code about_asker}): a piece with
	 * them is about the asker, not the question or its topic. Null when there are none.
	 */
	private final Pattern askerWords;

	/**
	 * A demonstrative after its article and noun ("el taller ese"), the article and the
	 * noun groups 1 and 2; null for a language without trailing demonstratives.
	 */
	private final Pattern trailingDemonstratives;

	public QuestionReader(Phrasing phrasing) {
		this.questionWords = Phrases.wholeWords(phrasing.questionWords());
		this.openedInterrogative = AccentedQuestionMarker
			.openedBy(phrasing.accentedQuestionWords().stream().map(Folding::fold).toList());
		// "qué día" asks, where "que" alone, once folded, may be a conjunction.
		this.askingPhrases = Phrases.wholeWords(phrasing.asksFor()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter(phrase -> phrase.contains(" "))
			.toList());
		this.intros = Phrases.wholeWords(phrasing.questionIntros());
		this.joinedIntros = phrasing.questionIntros().isEmpty() || phrasing.partJoiners().isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(" + Phrases.alternation(phrasing.partJoiners()) + ")\\s+(?:"
						+ Phrases.alternation(phrasing.questionIntros()) + ")(?![\\p{L}\\p{N}])");
		this.outros = Phrases.wholeWords(phrasing.questionOutros());
		this.keyCues = Phrases.wholeWords(phrasing.keyCues());
		this.spellings = new InformalSpellings(phrasing.spellings());
		// Not a part of a hyphenated word: "well" is a filler, "well-being" a word.
		Pattern fillerWords = Phrases.wholeWords(phrasing.fillers());
		this.fillers = fillerWords == null ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}]-)(?:" + fillerWords.pattern() + ")(?!-[\\p{L}\\p{N}])");
		this.askerWords = Phrases.wholeWords(phrasing.askerWords());
		this.trailingDemonstratives = phrasing.trailingDemonstratives().isEmpty() ? null : Pattern
			.compile(phrasing.trailingDemonstratives()
				.stream()
				.map(entry -> entry.split("\\s*(?:…|\\.\\.\\.)\\s*"))
				.map(parts -> "(?<![\\p{L}\\p{N}])(" + Pattern.quote(Folding.fold(parts[0]))
						+ ")\\s+([\\p{L}\\p{N}]+)\\s+" + Pattern.quote(Folding.fold(parts[1])) + "(?![\\p{L}\\p{N}])")
				.collect(Collectors.joining("|")));
		this.questionSentences = new QuestionSentences(this::asksSentence, askerWords, this::withoutFillers);
	}

	/**
	 * The question in {@code folded}, with informal spellings replaced and fillers
	 * dropped; no piece is a topic.
	 */
	public String read(String folded) {
		return read(folded, piece -> false);
	}

	/**
	 * The question in {@code folded}, as {@link #read(String, Predicate, Statements)}
	 * reads it when no sentence asking nothing is read with the questions after it.
	 */
	public String read(String folded, Predicate<String> namesTopic) {
		return read(folded, namesTopic, new Statements(piece -> true, piece -> false));
	}

	/**
	 * The question in {@code folded}, with informal spellings replaced and fillers
	 * dropped.
	 * @param namesTopic whether a piece of the message names something the bot answers
	 * about: a short one that does, before a question, is the question's topic ("En las
	 * consultas con la sociedad civil, ¿cuántos participantes hubo por sesión?") and is
	 * read with it
	 * @param statements which sentences asking nothing are read with the questions after
	 * them
	 */
	public String read(String folded, Predicate<String> namesTopic, Statements statements) {
		// Spellings first, so that "kiero saber" is the intro "quiero saber" and "q" a
		// question word.
		String sentences = questionSentences.of(spellings.replaced(folded), namesTopic, statements);
		// The reasons after the first intro's question end it, before any later intro is
		// looked for: "quiero saber cuántos se registraron porque nos registramos y
		// quiero saber cuántos éramos" asks the first.
		String introduced = afterIntro(sentences, true, namesTopic);
		if (joinedIntros != null && !introduced.equals(sentences)) {
			// After a first intro, one joined to what it introduced asks a second
			// question: "pásame la web y dime quién la organizó" asks the web and who.
			introduced = joinedIntros.matcher(introduced).replaceAll("$1");
		}
		String question = afterIntro(beforeOutro(introduced, !introduced.equals(sentences)), false, namesTopic);
		if (trailingDemonstratives != null) {
			question = trailingDemonstratives.matcher(question).replaceAll(QuestionReader::withoutDemonstrative);
		}
		return withoutFillers(question).replaceAll("[ \\t]{2,}", " ").strip();
	}

	/**
	 * {@code text} without the language's fillers; as written when it is nothing but
	 * fillers ("hola", "ok so"): it says something after all.
	 */
	private String withoutFillers(String text) {
		if (fillers == null) {
			return text;
		}
		String without = fillers.matcher(text).replaceAll(" ");
		return without.chars().anyMatch(Character::isLetterOrDigit) ? without : text;
	}

	/**
	 * The article and the noun of a trailing demonstrative's match, whichever of the
	 * alternatives matched.
	 */
	private static String withoutDemonstrative(MatchResult match) {
		for (int group = 1; group < match.groupCount(); group += 2) {
			if (match.group(group) != null) {
				return Matcher.quoteReplacement(match.group(group) + " " + match.group(group + 1));
			}
		}
		return Matcher.quoteReplacement(match.group());
	}

	private boolean asksSentence(String sentence) {
		return sentence.indexOf('?') >= 0 || sentence.indexOf('¿') >= 0
				|| (questionWords != null && questionWords.matcher(sentence).find())
				|| (askingPhrases != null && askingPhrases.matcher(sentence).find());
	}

	/**
	 * What follows the first or the last question intro ("…y quería saber cuándo fue" →
	 * "cuándo fue"), if anything does; with what came before the intro when that names
	 * the topic and not the asker ("vi que hubo algo por YouTube y quería saber cuánta
	 * gente lo siguió" is about YouTube; "soy de una ONG y quería saber…" is about the
	 * asker).
	 */
	private String afterIntro(String text, boolean first, Predicate<String> namesTopic) {
		if (intros == null) {
			return text;
		}
		Matcher intro = intros.matcher(text);
		int start = -1;
		int end = -1;
		while ((end < 0 || !first) && intro.find()) {
			// An intro followed by nothing but fillers ("…si me dices por favor") ends
			// the message; it introduces nothing.
			String rest = fillers == null ? text.substring(intro.end())
					: fillers.matcher(text.substring(intro.end())).replaceAll(" ");
			if (!rest.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
				start = intro.start();
				end = intro.end();
			}
		}
		if (end < 0) {
			return text;
		}
		String before = text.substring(0, start);
		boolean topic = namesTopic.test(before) && (askerWords == null || !askerWords.matcher(before).find());
		return topic ? before + " " + text.substring(end) : text.substring(end);
	}

	/**
	 * What comes before the first phrase that starts the asker's reasons ("…por YouTube
	 * porque estoy haciendo un informe" → "…por YouTube"), when at least two words come
	 * before it and they ask something or follow an intro.
	 * @param introduced whether {@code text} is what followed a question intro
	 */
	private String beforeOutro(String text, boolean introduced) {
		if (outros == null) {
			return text;
		}
		Matcher outro = outros.matcher(text);
		while (outro.find()) {
			String before = text.substring(0, outro.start());
			// Reasons follow a question, or what an intro ("necesito saber") introduced:
			// "lo que pasa es que no
			// encuentro el dato de cuántos…" has neither before its "es que", which
			// starts the question instead.
			if (QuestionSentences.wordCount(before) >= 2 && (introduced || asksSentence(before))) {
				return before;
			}
		}
		return text;
	}

	/**
	 * What follows the first key cue of {@code folded} ("¿cuántos periodistas se
	 * registraron?" → " periodistas se registraron?", "¿cuál es el salario de…?" → "
	 * salario de…?"): its first word is what the question asks about.
	 */
	public Optional<String> afterKeyCue(String folded) {
		if (keyCues == null) {
			return Optional.empty();
		}
		Matcher cue = keyCues.matcher(folded);
		return cue.find() ? Optional.of(folded.substring(cue.end())) : Optional.empty();
	}

	/**
	 * The question of a run-on from its first question word or key cue on, when words
	 * come before it and it is a whole question (more than
	 * {@value #QuestionSentences.MAX_BARE_QUESTION_WORDS} words: "¿quiénes?" says nothing
	 * without what came before); empty otherwise.
	 */
	public Optional<String> fromQuestionWord(String folded) {
		int start = questionStart(folded);
		String question = folded.substring(start);
		return start > 0 && QuestionSentences.wordCount(question) > QuestionSentences.MAX_BARE_QUESTION_WORDS
				? Optional.of(question) : Optional.empty();
	}

	/**
	 * Where the question proper starts in {@code folded}: at its first question word or
	 * key cue ("soy de Quito, ¿quién abrió…?" → at "quién"); 0 when it has neither.
	 */
	public int questionStart(String folded) {
		int start = folded.length();
		for (Pattern pattern : new Pattern[] { questionWords, keyCues }) {
			if (pattern != null) {
				Matcher found = pattern.matcher(folded);
				if (found.find()) {
					start = Math.min(start, found.start());
				}
			}
		}
		return start == folded.length() ? 0 : start;
	}

	/**
	 * Whether {@code folded} (a message, folded) has one of the language's question
	 * intros ("quería saber", "what does the document say about"), informal spellings
	 * read first: what {@link #read} keeps of it is what the intro introduced, however
	 * short, not a follow-up of the last answer.
	 */
	public boolean hasIntro(String folded) {
		return intro(folded).isPresent();
	}

	/**
	 * The first of the language's question intros in {@code folded} (a message, folded),
	 * informal spellings read first: "que dit le document sur"; empty when it has none.
	 */
	public Optional<String> intro(String folded) {
		if (intros == null) {
			return Optional.empty();
		}
		Matcher intro = intros.matcher(spellings.replaced(folded));
		return intro.find() ? Optional.of(intro.group()) : Optional.empty();
	}

	/** The sentences of {@code folded} (a folded message), stripped, none blank. */
	public List<String> sentences(String folded) {
		return Arrays.stream(QuestionSentences.SENTENCE_END.split(folded))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/**
	 * The {@link #sentences} of {@code folded}, each cut where a statement about the
	 * asker starts ({@code about_asker}: "hola, soy de una ONG" is "hola," and "soy de
	 * una ONG").
	 */
	public List<String> sentencesAndStatements(String folded) {
		List<String> pieces = new ArrayList<>();
		for (String sentence : sentences(folded)) {
			Matcher asker = askerWords == null ? null : askerWords.matcher(sentence);
			if (asker != null && asker.find() && asker.start() > 0) {
				pieces.add(sentence.substring(0, asker.start()).strip());
				pieces.add(sentence.substring(asker.start()).strip());
			}
			else {
				pieces.add(sentence);
			}
		}
		return pieces;
	}

	/**
	 * Whether {@code piece} states something about the asker ({@code about_asker}: "soy
	 * de una ONG en Quito") and asks nothing: no question word, no question intro ("soy
	 * de una ONG y quería saber cuándo…" asks).
	 */
	public boolean aboutTheAsker(String piece) {
		return askerWords != null && askerWords.matcher(piece).lookingAt() && !hasQuestionWord(piece)
				&& !hasIntro(piece);
	}

	/**
	 * Whether {@code folded} has a question word of the language ("cuántos", "who"), or
	 * an interrogative that asks only with its accent right after an opening "¿" ("¿qué
	 * talleres eran?", folded "¿que…"); a question mark alone is not one.
	 */
	public boolean hasQuestionWord(String folded) {
		return questionWords != null && questionWords.matcher(folded).find()
				|| openedInterrogative != null && openedInterrogative.matcher(folded).find();
	}

}
