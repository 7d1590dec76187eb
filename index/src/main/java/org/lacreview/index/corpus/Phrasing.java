package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How people of one language phrase questions beyond the dictionary, from
 * {@code languages/xx.yml}: what the engine reads before it reads the words.
 *
 * @param spellings informal spellings and abbreviations ("qnts", "xq", "vc", "pls"),
 * lower case, each to the word or phrase it stands for ("cuántos", "porque", "você",
 * "please")
 * @param fillers words and phrases that carry nothing ("eh", "o sea", "um", "euh"), lower
 * case, dropped
 * @param questionIntros phrases after which the question itself starts ("quería saber",
 * "i'd like to know"): what comes before the last of them is the asker's preamble
 * @param questionOutros phrases after which the asker gives reasons, not the question
 * ("porque estoy haciendo un informe"): what follows the first of them is left out
 * @param keyCues phrases whose next word is what the question asks about, lower case:
 * what it counts ("cuántos", "how many", "combien de") or names ("cuál es el", "what is
 * the")
 * @param questionWords interrogatives ("cuándo", "who", "quando", "combien"), lower case:
 * a sentence with one of them (or a question mark) is a question, a sentence without is a
 * preamble or a greeting
 * @param askerWords words with which askers speak of themselves ("soy", "trabajo", "i'm",
 * "je suis"), lower case: a piece of a message with one of them is a preamble, never the
 * topic of the question after it
 * @param partJoiners words that join two questions in one message ("y", "and", "et"),
 * lower case: before a question word they start the next question ("¿cuándo fue y quién
 * la organizó?")
 * @param operations per computation the engine knows ({@code difference}, {@code sum},
 * {@code share}, {@code average}), the phrases that ask for it ("cuántos más", "juntos",
 * "porcentaje", "promedio"), lower case
 * @param asksFor per kind of answer a question can ask for (the corpus names them:
 * {@code person}, {@code date}, {@code place}, {@code number}…), the phrases that ask for
 * it ("quién", "cuándo", "dónde", "cuántos"), lower case; an intent's {@code answers}
 * lists the kinds it gives ({@link Intent#answers()})
 * @param countBounds per bound a count can put on the values' figures ({@code more_than},
 * {@code less_than}, {@code equal_to}, {@code in_range}), the phrases before the number
 * ("más de", "fewer than", "exactement"), lower case: "¿cuántos grupos tuvieron más de
 * 100?"
 * @param accentedQuestionWords interrogatives that ask only when written with their
 * accent ("qué", not "que"), lower case: after a part joiner, in a message that has asked
 * something before, they start the next question ("¿A qué se comprometieron y qué
 * reafirmaron?")
 * @param pluralEndings how the language's plural nouns end ("s"), lower case: the word
 * after a key cue that ends so is what a count counts ("¿cuántos jóvenes…?"), not a verb
 * ("¿cuántos participaron…?")
 * @param distributiveWords words that ask about each part one by one ("cada", "each",
 * "chaque"), lower case: before a value the document gives only as a whole of several
 * parts, the question asks what it does not give
 * @param trailingDemonstratives demonstratives said after the noun they point at, each as
 * "article … demonstrative" ("el … ese"), lower case: in "el taller ese de los lunes" the
 * demonstrative only points at the noun between and is dropped, so that the name around
 * it reads whole; one before its noun ("ese taller") is not touched
 * @param alternativeJoiners words that join alternatives ("o", "or", "ou"), lower case: a
 * share of "talleres o charlas" is of their sum, not of one over the other
 * @param companions words before a value that name it as the one something was done with
 * ("con", "with", "avec"), lower case: "¿quién organizó los talleres con la feria?" asks
 * who the other one was
 * @param includingWords words before a value that add it to the rest of its family
 * ("contando", "including", "y compris"), lower case: "¿cuántos talleres hubo, contando
 * los de la feria?" is a sum over the whole family
 * @param plusWords words that, standing between the names of two values of one family,
 * add them up ("más", "mais", "plus"), lower case: "¿talleres más charlas, cuántos son?"
 * is their sum; elsewhere the same words say nothing of a sum ("más de 100")
 * @param minusWords words that, standing between the names of two values of one family,
 * take the second from the first ("menos", "minus", "moins"), lower case: "talleres menos
 * charlas" is their difference; elsewhere they say nothing of one ("menos de 20")
 * @param otherWords words that point to the other one of the values the last answer
 * listed ("la otra", "the other", "l'autre"), lower case: after two people listed and a
 * question about the first, "¿y la otra?" asks about the second
 * @param openListWords words that end a list of values as an open one ("etc.", "y otros",
 * "and so on"), lower case: the values listed before one are examples of their family,
 * not the values asked about ("todas las categorías (talleres, charlas, etc.)")
 * @param notAnaphora phrases in which a word of the language's {@code anaphora} points at
 * nothing said before ("is there", "there are"), lower case: "was there a fair?" points
 * back at no place, where "what happened there?" does
 * @param shareBases phrases after which a question names what a share is of ("respecto
 * a", "relative to", "par rapport à"), lower case: "% del 28 respecto al 26" asks the
 * 28th's figure as a share of the 26th's, whichever is named first
 * @param anotherKindWords words for "other" that, right before a word of content, ask
 * about more things of that word's kind ("which other activities?", "¿qué otras
 * actividades?"), lower case: there they name no value, even one they name alone
 * ("others")
 * @param fewerWords words that ask whether the first value named had fewer than the other
 * ("menos", "fewer", "moins"), lower case and folded: "¿hubo más o menos talleres que
 * charlas?" is answered "los talleres tuvieron menos", not "las charlas tuvieron más"
 * @param perWords words that, right before a noun of a family, ask a figure for each of
 * its values ("por", "de cada", "per", "par"), lower case: "¿cuántos inscritos por país?"
 * asks a breakdown, which a family without figures does not give
 */
public record Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
		List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
		List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
		Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
		List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners,
		List<String> companions, List<String> includingWords, List<String> plusWords, List<String> minusWords,
		List<String> otherWords, List<String> openListWords, List<String> notAnaphora, List<String> shareBases,
		List<String> anotherKindWords, List<String> fewerWords, List<String> perWords) {

	/** The bounds a count can put on figures, as {@code count_bounds} names them. */
	public static final List<String> COUNT_BOUNDS = List.of("more_than", "less_than", "equal_to", "in_range",
			"more_than_value", "less_than_value", "equal_to_value", "at_least", "at_most", "or_more", "or_fewer");

	/** A language with no phrasing lists: questions are read as written. */
	public static final Phrasing NONE = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of(),
			List.of(), List.of(), Map.of(), Map.of(), Map.of());

	public Phrasing {
		spellings = Map.copyOf(spellings);
		fillers = List.copyOf(fillers);
		questionIntros = List.copyOf(questionIntros);
		questionOutros = List.copyOf(questionOutros);
		keyCues = List.copyOf(keyCues);
		questionWords = Set.copyOf(questionWords);
		askerWords = List.copyOf(askerWords);
		partJoiners = List.copyOf(partJoiners);
		operations = Map.copyOf(operations);
		asksFor = Map.copyOf(asksFor);
		countBounds = Map.copyOf(countBounds);
		accentedQuestionWords = List.copyOf(accentedQuestionWords);
		pluralEndings = List.copyOf(pluralEndings);
		distributiveWords = List.copyOf(distributiveWords);
		trailingDemonstratives = List.copyOf(trailingDemonstratives);
		alternativeJoiners = List.copyOf(alternativeJoiners);
		companions = List.copyOf(companions);
		includingWords = List.copyOf(includingWords);
		plusWords = List.copyOf(plusWords);
		minusWords = List.copyOf(minusWords);
		otherWords = List.copyOf(otherWords);
		openListWords = List.copyOf(openListWords);
		notAnaphora = List.copyOf(notAnaphora);
		shareBases = List.copyOf(shareBases);
		anotherKindWords = List.copyOf(anotherKindWords);
		fewerWords = List.copyOf(fewerWords);
		perWords = List.copyOf(perWords);
	}

	/**
	 * A language with no phrases that name what a share is of, words for "other" before a
	 * noun, nor words asking whether the first value named had fewer or a figure per
	 * value.
	 */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners,
			List<String> companions, List<String> includingWords, List<String> plusWords, List<String> minusWords,
			List<String> otherWords, List<String> openListWords, List<String> notAnaphora) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, alternativeJoiners, companions, includingWords, plusWords, minusWords,
				otherWords, openListWords, notAnaphora, List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * A language with no words that leave a list of values open, nor phrases in which a
	 * pointing word points at nothing.
	 */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners,
			List<String> companions, List<String> includingWords, List<String> plusWords, List<String> minusWords,
			List<String> otherWords) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, alternativeJoiners, companions, includingWords, plusWords, minusWords,
				otherWords, List.of(), List.of());
	}

	/**
	 * A language with no words that add up, take one from the other or point to the other
	 * of two values.
	 */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners,
			List<String> companions, List<String> includingWords) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, alternativeJoiners, companions, includingWords, List.of(), List.of(),
				List.of());
	}

	/** A language with no words that add a value to the rest of its family. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners,
			List<String> companions) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, alternativeJoiners, companions, List.of());
	}

	/** A language with no words naming a value as the one something was done with. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives, List<String> alternativeJoiners) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, alternativeJoiners, List.of());
	}

	/** A language whose alternatives are not told from parts. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords, List<String> trailingDemonstratives) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords,
				trailingDemonstratives, List.of());
	}

	/** A language whose demonstratives never follow their noun. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings,
			List<String> distributiveWords) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, distributiveWords, List.of());
	}

	/** A language without distributive words. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords, List<String> pluralEndings) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, pluralEndings, List.of());
	}

	/** A language whose plural nouns are not told by their ending. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds, List<String> accentedQuestionWords) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, accentedQuestionWords, List.of());
	}

	/** A language none of whose interrogatives asks only when written with its accent. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor,
			Map<String, List<String>> countBounds) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, countBounds, List.of());
	}

	/**
	 * A language whose questions are read for the kind of answer they ask for, and whose
	 * counts put no bound on figures.
	 */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations, Map<String, List<String>> asksFor) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, asksFor, Map.of());
	}

	/** A language whose questions are not read for the kind of answer they ask for. */
	public Phrasing(Map<String, String> spellings, List<String> fillers, List<String> questionIntros,
			List<String> questionOutros, List<String> keyCues, Set<String> questionWords, List<String> askerWords,
			List<String> partJoiners, Map<String, List<String>> operations) {
		this(spellings, fillers, questionIntros, questionOutros, keyCues, questionWords, askerWords, partJoiners,
				operations, Map.of(), Map.of());
	}

	/**
	 * Reads the keys {@code spellings} (a map from the standard word to a list of its
	 * spellings), {@code fillers}, {@code question_intro}, {@code question_outro},
	 * {@code key_cues}, {@code question_words}, {@code accented_question_words},
	 * {@code plural_endings}, {@code distributive_words}, {@code trailing_demonstratives}
	 * (each "article … demonstrative"), {@code about_asker}, {@code part_joiners},
	 * {@code alternative_joiners}, {@code companions}, {@code including_words},
	 * {@code plus_words}, {@code minus_words}, {@code other_words},
	 * {@code open_list_words}, {@code not_anaphora}, {@code share_bases},
	 * {@code another_kind_words}, {@code fewer_words}, {@code per_words} and
	 * {@code operations} (a map from a computation, one of {@link OperationName}, to its
	 * phrases; another name is an unknown key), {@code asks_for} (a map from a kind of
	 * answer to its phrases) and {@code count_bounds} (a map from one of
	 * {@link #COUNT_BOUNDS} to its phrases) of a language file; all optional.
	 * @throws CorpusException (via {@link YamlNode#error}) naming the file and line of a
	 * spelling given twice, or of a trailing demonstrative not written "article …
	 * demonstrative"
	 */
	static Phrasing read(YamlNode doc) {
		Map<String, String> spellings = new LinkedHashMap<>();
		doc.get("spellings").ifPresent(n -> n.entries().forEach((written, variants) -> {
			String standard = written.toLowerCase(Locale.ROOT).strip();
			for (String variant : lower(variants.texts())) {
				String previous = spellings.put(variant, standard);
				if (previous != null && !previous.equals(standard)) {
					throw variants.error(
							"the spelling '" + variant + "' stands for both '" + previous + "' and '" + standard + "'");
				}
			}
		}));
		return new Phrasing(spellings, lower(list(doc, "fillers")), lower(list(doc, "question_intro")),
				lower(list(doc, "question_outro")), lower(list(doc, "key_cues")),
				Set.copyOf(lower(list(doc, "question_words"))), lower(list(doc, "about_asker")),
				lower(list(doc, "part_joiners")), operations(doc), asksFor(doc), countBounds(doc),
				lower(list(doc, "accented_question_words")), lower(list(doc, "plural_endings")),
				lower(list(doc, "distributive_words")), trailingDemonstratives(doc),
				lower(list(doc, "alternative_joiners")), lower(list(doc, "companions")),
				lower(list(doc, "including_words")), lower(list(doc, "plus_words")), lower(list(doc, "minus_words")),
				lower(list(doc, "other_words")), lower(list(doc, "open_list_words")), lower(list(doc, "not_anaphora")),
				lower(list(doc, "share_bases")), lower(list(doc, "another_kind_words")),
				lower(list(doc, "fewer_words")), lower(list(doc, "per_words")));
	}

	/** The pattern of a {@code trailing_demonstratives} entry: "el … ese". */
	private static final Pattern TRAILING = Pattern.compile("[^.…\\s][^.…]*\\s*(?:…|\\.\\.\\.)\\s*[^.…\\s]+");

	private static List<String> trailingDemonstratives(YamlNode doc) {
		Optional<YamlNode> node = doc.get("trailing_demonstratives");
		List<String> entries = lower(node.map(YamlNode::texts).orElse(List.of()));
		for (String entry : entries) {
			if (!TRAILING.matcher(entry).matches()) {
				throw node.get()
					.error("trailing_demonstratives: '" + entry + "' is not written 'article … demonstrative'");
			}
		}
		return entries;
	}

	private static Map<String, List<String>> countBounds(YamlNode doc) {
		Map<String, List<String>> bounds = new LinkedHashMap<>();
		doc.get("count_bounds")
			.ifPresent(n -> COUNT_BOUNDS
				.forEach(name -> n.get(name).ifPresent(phrases -> bounds.put(name, lower(phrases.texts())))));
		return bounds;
	}

	private static Map<String, List<String>> asksFor(YamlNode doc) {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		doc.get("asks_for")
			.ifPresent(n -> n.entries()
				.forEach((kind, phrases) -> kinds.put(kind.toLowerCase(Locale.ROOT).strip(), lower(phrases.texts()))));
		return kinds;
	}

	private static Map<String, List<String>> operations(YamlNode doc) {
		Map<String, List<String>> operations = new LinkedHashMap<>();
		doc.get("operations")
			.ifPresent(n -> Arrays.stream(OperationName.values())
				.map(OperationName::key)
				.forEach(name -> n.get(name).ifPresent(phrases -> operations.put(name, lower(phrases.texts())))));
		return operations;
	}

	private static List<String> list(YamlNode doc, String key) {
		return doc.get(key).map(YamlNode::texts).orElse(List.of());
	}

	private static List<String> lower(List<String> words) {
		List<String> out = new ArrayList<>();
		words.stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).filter(w -> !w.isEmpty()).forEach(out::add);
		return out;
	}
}
