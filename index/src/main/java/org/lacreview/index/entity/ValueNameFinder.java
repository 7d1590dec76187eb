package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Finds the values a question names by name in one language: OpenNLP's
 * {@link DictionaryNameFinder} over the stemmed content words of the question, one
 * dictionary per family, so that "universidades" finds the value named "universidad", and
 * "la sociedad civil" the one named "sociedad civil".
 */
final class ValueNameFinder {

	/**
	 * Marks that stand between two things a question lists or sets apart: a name spans
	 * one only where the name itself has it ("le deuxième jour, les tables rondes" is not
	 * the name "jours de tables rondes").
	 */
	private static final String LIST_MARKS = "+();/,";

	private final Set<String> stopwords;

	/** The words that join a part to what it is part of, from the language's dates. */
	private final Set<String> joiners;

	/**
	 * The words that join two parts of a message ("y", "and"), from the language's
	 * phrasing.
	 */
	private final Set<String> partJoiners;

	/**
	 * The language's Snowball stemmer, the one {@link LanguageAnalyzer} stems the index's
	 * terms with; it keeps state between calls: one per thread. Null for a language
	 * without one.
	 */
	private final ThreadLocal<SnowballStemmer> stemmer;

	private final Map<String, DictionaryNameFinder> finders = new LinkedHashMap<>();

	/**
	 * Short names qualified as something else ("el director general de la OIT"); null for
	 * a corpus that is not closed-world.
	 */
	private final NameQualifiers qualifiers;

	/**
	 * Per family, every stem its names contain: a family none of whose stems is in the
	 * question cannot be named in it, and its finder (which tries every span of the
	 * question) need not run.
	 */
	private final Map<String, Set<String>> stemsOfFamily = new HashMap<>();

	/**
	 * Per family and stemmed name, the values it names: a name given to several values
	 * ("días de las mesas redondas" of two days) names them all.
	 */
	private final Map<String, List<EntityValue>> byPhrase = new HashMap<>();

	ValueNameFinder(LanguagePack pack, Corpus corpus) {
		this.stopwords = pack.foldedStopwords();
		this.joiners = pack.dates().joiners().stream().map(Folding::fold).collect(Collectors.toSet());
		this.partJoiners = pack.phrasing().partJoiners().stream().map(Folding::fold).collect(Collectors.toSet());
		this.stemmer = LanguageAnalyzer.stemmer(pack.code()) == null ? null
				: ThreadLocal.withInitial(() -> LanguageAnalyzer.stemmer(pack.code()));
		for (EntityFamily family : corpus.families()) {
			Dictionary dictionary = new Dictionary(false);
			Set<String> orderStems = family.orderWords()
				.stream()
				.flatMap(w -> contentStems(Folding.fold(w)).stream().map(Token::stem))
				.collect(Collectors.toSet());
			for (EntityValue value : family.values()) {
				for (String name : value.allNames()) {
					List<String> stems = contentStems(Folding.fold(name)).stream().map(Token::stem).toList();
					if (stems.isEmpty() || orderStems.containsAll(stems)) {
						// "dia um" without its stopword is "dia", the family's own word,
						// which names no one value.
						continue;
					}
					dictionary.put(new StringList(stems.toArray(String[]::new)));
					stemsOfFamily.computeIfAbsent(family.name(), f -> new HashSet<>()).addAll(stems);
					List<EntityValue> named = byPhrase.computeIfAbsent(family.name() + "|" + String.join(" ", stems),
							k -> new ArrayList<>());
					if (!named.contains(value)) {
						named.add(value);
					}
				}
			}
			finders.put(family.name(), new DictionaryNameFinder(dictionary, family.name()));
		}
		// Only a corpus that names everything it answers about refuses a title qualified
		// as someone it does not know; an open one reads the title as its value's.
		this.qualifiers = corpus.info().closedWorld()
				? new NameQualifiers(corpus.families().stream().flatMap(f -> f.values().stream()).toList(),
						answeredTexts(corpus), this::contentStems, stopwords)
				: null;
	}

	/**
	 * The texts of what the bot answers: examples and answers of every intent but out of
	 * scope, and the sections.
	 */
	private static List<String> answeredTexts(Corpus corpus) {
		List<String> texts = new ArrayList<>();
		corpus.intents().stream().filter(i -> !i.isOutOfScope()).forEach(intent -> {
			intent.examples().forEach(e -> texts.add(e.text()));
			texts.addAll(intent.answer().texts().values());
		});
		corpus.sections().forEach(section -> texts.add(section.body()));
		return texts;
	}

	record Token(String stem, int start, int end) {
	}

	List<Token> contentStems(String folded) {
		List<Token> tokens = new ArrayList<>();
		for (Span span : SimpleTokenizer.INSTANCE.tokenizePos(folded)) {
			String word = folded.substring(span.getStart(), span.getEnd());
			if (LIST_MARKS.indexOf(word.charAt(0)) >= 0) {
				// "(miembros + asociados)" lists two things: the mark stays, so that no
				// name without it spans it.
				tokens.add(new Token(word.substring(0, 1), span.getStart(), span.getEnd()));
				continue;
			}
			if (!Character.isLetterOrDigit(word.charAt(0)) || stopwords.contains(word)) {
				continue;
			}
			String stem = stemmer == null || word.length() < 4 ? word : stem(word);
			tokens.add(new Token(stem, span.getStart(), span.getEnd()));
		}
		return tokens;
	}

	private String stem(String word) {
		SnowballStemmer snowball = stemmer.get();
		snowball.setCurrent(word);
		snowball.stem();
		return snowball.getCurrent();
	}

	/**
	 * {@code later} read as a value of an earlier mention's family whose name it ends,
	 * the head of that name elided after a part joiner: in "los talleres de costura y de
	 * cocina", "cocina" (a value of another family, or none) is the value named "talleres
	 * de cocina", when the corpus has that name. Only when the words between the two are
	 * a part joiner and stop words ("y de", "and with"), and the combined name is another
	 * value's than the earlier mention's. Empty otherwise.
	 */
	Optional<Mention> withElidedHead(Mention later, List<Mention> chosen, String folded) {
		return chosen.stream()
			.filter(earlier -> earlier.end() <= later.start() && !earlier.tag().equals(later.tag())
					&& !earlier.values().isEmpty() && joinedAsParts(folded.substring(earlier.end(), later.start())))
			.max(Comparator.comparingInt(Mention::end))
			.flatMap(earlier -> {
				// Stemmed only for a mention joined to an earlier one: most questions
				// have none.
				List<String> laterStems = contentStems(later.text()).stream().map(Token::stem).toList();
				if (laterStems.isEmpty()) {
					return Optional.empty();
				}
				List<String> earlierStems = contentStems(earlier.text()).stream().map(Token::stem).toList();
				for (int head = 1; head < earlierStems.size(); head++) {
					List<String> phrase = new ArrayList<>(earlierStems.subList(0, head));
					phrase.addAll(laterStems);
					List<EntityValue> values = byPhrase.get(earlier.tag() + "|" + String.join(" ", phrase));
					if (values != null && !values.equals(earlier.values())) {
						return Optional.of(Mention.of(earlier.tag(), values, later.start(), later.end(), later.text()));
					}
				}
				return Optional.empty();
			});
	}

	/**
	 * Whether {@code between} starts with a part joiner and has only stop words after it.
	 */
	private boolean joinedAsParts(String between) {
		String[] words = SimpleTokenizer.INSTANCE.tokenize(between);
		return words.length > 0 && partJoiners.contains(words[0])
				&& Arrays.stream(words).skip(1).allMatch(stopwords::contains);
	}

	/**
	 * Whether {@code mention} (a value by number or order) names a part of the next
	 * mention of another family rather than a value of its own: a joiner of the
	 * language's dates ("of", "del") and stop words stand between them ("the last day of
	 * the consultations", "el primer día del seminario"). Not when the values it names
	 * are dated within the next one's dates: "el primer día de la reunión" is the
	 * meeting's first day, a value of its own ({@link #containerOf}).
	 */
	boolean partOfNext(Mention mention, List<Mention> chosen, String folded) {
		return joinedNext(mention, chosen, folded).filter(next -> !datedWithin(mention, next)).isPresent();
	}

	/**
	 * The next mention that {@code mention} (a value by number or order) is joined to as
	 * {@link #partOfNext} says, when the values it names are dated within that one's: "la
	 * reunión" in "el primer día de la reunión" only says whose first day it is.
	 */
	Optional<Mention> containerOf(Mention mention, List<Mention> chosen, String folded) {
		return joinedNext(mention, chosen, folded).filter(next -> datedWithin(mention, next));
	}

	private Optional<Mention> joinedNext(Mention mention, List<Mention> chosen, String folded) {
		return chosen.stream()
			.filter(next -> !next.tag().equals(mention.tag()) && next.start() >= mention.end())
			.min(Comparator.comparingInt(Mention::start))
			.filter(next -> {
				String[] between = SimpleTokenizer.INSTANCE.tokenize(folded.substring(mention.end(), next.start()));
				return between.length > 0 && joiners.contains(between[0])
						&& Arrays.stream(between).allMatch(stopwords::contains);
			});
	}

	/**
	 * Whether every value of {@code inner} has dates within those of a value of
	 * {@code outer}.
	 */
	private static boolean datedWithin(Mention inner, Mention outer) {
		return !inner.values().isEmpty() && inner.values()
			.stream()
			.allMatch(v -> v.date()
				.filter(d -> outer.values().stream().anyMatch(o -> o.date().filter(od -> od.contains(d)).isPresent()))
				.isPresent());
	}

	/**
	 * Mentions of every value named in {@code folded}, each with the values its name
	 * stands for (one, unless the corpus gives the name to several).
	 */
	List<Mention> names(String folded) {
		List<Token> tokens = contentStems(folded);
		String[] stems = tokens.stream().map(Token::stem).toArray(String[]::new);
		Set<String> present = new HashSet<>(Arrays.asList(stems));
		List<Mention> found = new ArrayList<>();
		finders.forEach((family, finder) -> {
			if (present.stream().noneMatch(stemsOfFamily.getOrDefault(family, Set.of())::contains)) {
				return;
			}
			for (Span span : finder.find(stems)) {
				String phrase = String.join(" ", Arrays.copyOfRange(stems, span.getStart(), span.getEnd()));
				List<EntityValue> values = byPhrase.get(family + "|" + phrase);
				if (values != null) {
					int start = tokens.get(span.getStart()).start();
					int end = tokens.get(span.getEnd() - 1).end();
					Mention mention = Mention.of(family, List.copyOf(values), start, end, folded.substring(start, end));
					// A short name qualified as something else names what the corpus
					// does not cover.
					found.add(qualifiers != null && qualifiers.qualifiedOtherwise(values, phrase, folded, end)
							? new Mention(family, mention.values(), false, start, end, mention.text()) : mention);
				}
			}
		});
		return found;
	}

}
