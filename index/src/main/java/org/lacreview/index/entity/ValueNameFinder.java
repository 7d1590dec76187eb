package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Finds the values a question names by name in one language, over the stemmed content
 * words of the question, so that "universidades" finds the value named "universidad", and
 * "la sociedad civil" the one named "sociedad civil". The rule is that of OpenNLP's
 * {@code DictionaryNameFinder} with one dictionary per family (the longest name from each
 * word); the names of all families are kept in one map, so that each span of the question
 * is looked up once rather than once per family (issue 15: the finders were a tenth of an
 * answer's time).
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

	/** The families, in the corpus's order: the order their mentions are found in. */
	private final List<String> familyOrder = new ArrayList<>();

	/**
	 * Every stemmed name (stems joined by spaces), with the families it is a name of: one
	 * look-up per span of the question finds it in every family at once.
	 */
	private final Map<String, Set<String>> familiesOfName = new HashMap<>();

	/**
	 * Every leading run of a stemmed name's stems, joined by spaces: a span of the
	 * question that is none cannot grow into a name, so longer spans from its start are
	 * not tried.
	 */
	private final Set<String> namePrefixes = new HashSet<>();

	/**
	 * Short names qualified as something else ("el director general de la OIT"); null for
	 * a corpus that is not closed-world.
	 */
	private final NameQualifiers qualifiers;

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
			familyOrder.add(family.name());
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
					String joined = String.join(" ", stems);
					familiesOfName.computeIfAbsent(joined, k -> new HashSet<>()).add(family.name());
					for (int end = 1; end <= stems.size(); end++) {
						namePrefixes.add(String.join(" ", stems.subList(0, end)));
					}
					List<EntityValue> named = byPhrase.computeIfAbsent(family.name() + "|" + String.join(" ", stems),
							k -> new ArrayList<>());
					if (!named.contains(value)) {
						named.add(value);
					}
				}
			}
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
	 * stands for (one, unless the corpus gives the name to several). Per family, in the
	 * corpus's order, what OpenNLP's {@code DictionaryNameFinder} over that family's
	 * names finds: from each word, the longest name starting there, the search going on
	 * after it; the spans of the question are looked up once for every family, and a span
	 * no name starts with is not grown.
	 */
	List<Mention> names(String folded) {
		List<Token> tokens = contentStems(folded);
		int count = tokens.size();
		// Per start, per length (from 1), the families whose name the span is.
		List<List<Set<String>>> named = new ArrayList<>(count);
		for (int start = 0; start < count; start++) {
			List<Set<String>> byLength = new ArrayList<>();
			StringBuilder span = new StringBuilder();
			for (int end = start; end < count; end++) {
				if (end > start) {
					span.append(' ');
				}
				span.append(tokens.get(end).stem());
				String phrase = span.toString();
				if (!namePrefixes.contains(phrase)) {
					break;
				}
				byLength.add(familiesOfName.getOrDefault(phrase, Set.of()));
			}
			named.add(byLength);
		}
		List<Mention> found = new ArrayList<>();
		for (String family : familyOrder) {
			for (int start = 0; start < count; start++) {
				List<Set<String>> byLength = named.get(start);
				int length = byLength.size();
				while (length > 0 && !byLength.get(length - 1).contains(family)) {
					length--;
				}
				if (length == 0) {
					continue;
				}
				found.add(mention(family, tokens, start, start + length, folded));
				start += length - 1;
			}
		}
		return found;
	}

	private Mention mention(String family, List<Token> tokens, int from, int to, String folded) {
		String phrase = tokens.subList(from, to).stream().map(Token::stem).collect(Collectors.joining(" "));
		List<EntityValue> values = byPhrase.get(family + "|" + phrase);
		int start = tokens.get(from).start();
		int end = tokens.get(to - 1).end();
		Mention mention = Mention.of(family, List.copyOf(values), start, end, folded.substring(start, end));
		// A short name qualified as something else names what the corpus does not cover.
		return qualifiers != null && qualifiers.qualifiedOtherwise(values, phrase, folded, end)
				? new Mention(family, mention.values(), false, start, end, mention.text()) : mention;
	}

}
