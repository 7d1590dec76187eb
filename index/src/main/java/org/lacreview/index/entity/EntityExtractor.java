package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.text.Folding;

/**
 * Finds the entities a question names. Names of values are matched with OpenNLP's
 * {@link DictionaryNameFinder} over stemmed content words (so "universidades" finds the value named
 * "universidad", and "la sociedad civil" the one named "sociedad civil"); "área 5" and "el último día" with
 * {@link RegexNameFinder} patterns built from the corpus's ordinals, number signs and number words; dates and
 * years with {@link DateFinder} (only for a corpus with dated values), then "the day before" with
 * {@link RelativeDays}. Overlaps keep the longest mention.
 */
public final class EntityExtractor {

	static final String DATE = "date";

	static final String YEAR = "year";

	private final Corpus corpus;

	private final Map<String, LanguageTables> tables = new HashMap<>();

	/** Empty for a corpus without dated values: then nothing in a question is read as a date ("the 15.04 upgrade"). */
	private final Optional<DateFinder> dates;

	private final Optional<RelativeDays> relativeDays;

	private final Set<String> slotFamilies = new HashSet<>();

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final List<FamilyPatterns> familyPatterns;

	public EntityExtractor(Corpus corpus) {
		this.corpus = corpus;
		corpus.intents().forEach(i -> i.slot().ifPresent(slotFamilies::add));
		corpus.languages().values().forEach(pack -> tables.put(pack.code(), new LanguageTables(pack, corpus)));
		this.dates = DateFinder.forCorpus(corpus, this::valuesOnDates);
		this.relativeDays = dates.map(d -> new RelativeDays(corpus, d.resolver()));
		corpus.languages().values().forEach(p -> p.ordinals().forEach((w, n) -> ordinals.put(Folding.fold(w), n)));
		this.familyPatterns = familyPatterns(corpus, ordinals);
	}

	public Extraction extract(String question, String language) {
		return extract(question, language, Map.of());
	}

	/**
	 * @param remembered the values the previous turn was about, by family, as ids: what "the day before"
	 *        counts from when the question names no day
	 */
	public Extraction extract(String question, String language, Map<String, List<String>> remembered) {
		String folded = Folding.fold(question);
		LanguageTables table = tables.getOrDefault(language, tables.get(corpus.info().defaultLanguage()));
		List<Mention> candidates = new ArrayList<>();
		Optional<DateFinder.Found> found = dates.map(d -> d.find(folded, language));
		found.ifPresent(f -> candidates.addAll(f.mentions()));
		candidates.addAll(numbersAndOrdinals(folded));
		candidates.addAll(table.names(folded));
		if (found.isPresent() && relativeDays.isPresent()) {
			candidates.addAll(relativeDays.get().resolve(folded, found.get().relative(), candidates, remembered));
		}
		List<Mention> chosen = longestWithoutOverlap(candidates);
		return new Extraction(folded, mask(folded, chosen, slotFamilies), chosen, table.startsWithFollowUp(folded),
				table.refersBack(folded));
	}

	private static List<Mention> longestWithoutOverlap(List<Mention> candidates) {
		List<Mention> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
		List<Mention> chosen = new ArrayList<>();
		for (Mention m : sorted) {
			if (chosen.stream().noneMatch(c -> m.start() < c.end() && c.start() < m.end())) {
				chosen.add(m);
			}
		}
		chosen.sort(Comparator.comparingInt(Mention::start));
		return chosen;
	}

	/**
	 * Replaces mentions of families that answers are selected by (and dates) with their family's placeholder,
	 * and anything the document does not cover with {@code ent_unknown}. Other mentions stay as words: "Zoom"
	 * and "YouTube" must remain different to the classifier.
	 */
	private static String mask(String folded, List<Mention> mentions, Set<String> slotFamilies) {
		StringBuilder masked = new StringBuilder();
		int at = 0;
		for (Mention m : mentions) {
			String placeholder = !m.isCovered() ? "unknown" : m.tag().equals(DATE) ? dateFamily(m)
					: slotFamilies.contains(m.tag()) ? m.tag() : null;
			if (placeholder == null) {
				continue;
			}
			masked.append(folded, at, m.start()).append(" ent_").append(placeholder).append(' ');
			at = m.end();
		}
		return masked.append(folded.substring(at)).toString().replaceAll("\\s+", " ").strip();
	}

	/** A date stands for the family its values belong to ("ent_day", "ent_event"), or "ent_date" when mixed. */
	private static String dateFamily(Mention date) {
		Set<String> families = date.values().stream().map(EntityValue::family).collect(Collectors.toSet());
		return families.size() == 1 ? families.iterator().next() : DATE;
	}

	/**
	 * Values whose dates overlap {@code span}, most specific first: "el 2 de mayo" selects the day, not also
	 * the three-day meeting around it; "del 2 al 4" selects what lies within the range.
	 */
	private List<EntityValue> valuesOnDates(DateSpan span) {
		List<EntityValue> all = new ArrayList<>();
		corpus.families().forEach(f -> f.values().stream()
			.filter(v -> v.date().map(d -> d.overlaps(span)).orElse(false))
			.forEach(all::add));
		List<EntityValue> within = all.stream().filter(v -> span.contains(v.date().get())).toList();
		if (!span.isSingleDay() && !within.isEmpty()) {
			return within;
		}
		long shortest = all.stream().mapToLong(v -> v.date().get().days()).min().orElse(0);
		return all.stream().filter(v -> v.date().get().days() == shortest).toList();
	}

	/** "área 5" and "el último día": one pattern per family, compiled once. */
	private record FamilyPatterns(EntityFamily family, Pattern number, Pattern ordinal) {
	}

	private static List<FamilyPatterns> familyPatterns(Corpus corpus, Map<String, Integer> ordinals) {
		List<FamilyPatterns> patterns = new ArrayList<>();
		// "área nº 5", "area no. 5": the signs of every language, from their number_signs.
		Set<String> numberSigns = new HashSet<>();
		corpus.languages().values().forEach(p -> numberSigns.addAll(p.numberSigns()));
		String signs = numberSigns.isEmpty() ? "(?!)" : "(?:" + alternation(numberSigns) + ")";
		for (EntityFamily family : corpus.families()) {
			Pattern number = family.numberWords().isEmpty() ? null
					: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation(family.numberWords())
							+ ")\\s*(?:" + signs + "\\s*)?(\\d{1,3})(?![\\p{N}])");
			Pattern ordinal = family.orderWords().isEmpty() || ordinals.isEmpty() ? null
					: Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternation(ordinals.keySet()) + ")\\s+(?:"
							+ alternation(family.orderWords()) + ")(?![\\p{L}])");
			if (number != null || ordinal != null) {
				patterns.add(new FamilyPatterns(family, number, ordinal));
			}
		}
		return patterns;
	}

	private List<Mention> numbersAndOrdinals(String folded) {
		List<Mention> found = new ArrayList<>();
		for (FamilyPatterns patterns : familyPatterns) {
			EntityFamily family = patterns.family();
			if (patterns.number() != null) {
				find(folded, patterns.number(), family.name(), m -> {
					int number = Integer.parseInt(m.group(1));
					return family.values().stream().filter(v -> v.number().map(n -> n == number).orElse(false)).toList();
				}, found);
			}
			if (patterns.ordinal() != null) {
				find(folded, patterns.ordinal(), family.name(), m -> byOrder(family, ordinals.get(m.group(1))), found);
			}
		}
		return found;
	}

	private static List<EntityValue> byOrder(EntityFamily family, int position) {
		List<EntityValue> ordered = family.values().stream().filter(v -> v.order().isPresent())
			.sorted(Comparator.comparing(v -> v.order().get())).toList();
		if (ordered.isEmpty() || Math.abs(position) > ordered.size() || position == 0) {
			return List.of();
		}
		return List.of(position > 0 ? ordered.get(position - 1) : ordered.get(ordered.size() + position));
	}

	/** Runs one pattern with OpenNLP's regex finder, then reads the groups of each span it found. */
	static void find(String folded, Pattern pattern, String tag, java.util.function.Function<Matcher, List<EntityValue>> values,
			List<Mention> into) {
		RegexNameFinder finder = new RegexNameFinder(new Pattern[] { pattern }, tag);
		for (Span span : finder.find(folded)) {
			Matcher m = pattern.matcher(folded);
			m.region(span.getStart(), folded.length());
			if (m.lookingAt()) {
				into.add(Mention.of(tag, values.apply(m), span.getStart(), span.getEnd(),
						folded.substring(span.getStart(), span.getEnd())));
			}
		}
	}

	static String alternation(java.util.Collection<String> words) {
		return words.stream().map(Folding::fold).sorted(Comparator.comparingInt(String::length).reversed())
			.map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
	}

	/** Per-language tables: stop words, stemmer, the dictionaries of names, follow-up and anaphora words. */
	private static final class LanguageTables {

		private final Set<String> stopwords;

		/** OpenNLP's Snowball stemmers keep state between calls: one per thread. Null for a language without one. */
		private final ThreadLocal<SnowballStemmer> stemmer;

		private final Map<String, DictionaryNameFinder> finders = new LinkedHashMap<>();

		/**
		 * Per family, every stem its names contain: a family none of whose stems is in the question cannot be
		 * named in it, and its finder (which tries every span of the question) need not run.
		 */
		private final Map<String, Set<String>> stemsOfFamily = new HashMap<>();

		private final Map<String, EntityValue> byPhrase = new HashMap<>();

		private final Pattern followUp;

		private final Pattern anaphora;

		LanguageTables(LanguagePack pack, Corpus corpus) {
			this.stopwords = pack.stopwords().stream().map(Folding::fold).collect(Collectors.toSet());
			this.stemmer = stemmer(pack.code()) == null ? null : ThreadLocal.withInitial(() -> stemmer(pack.code()));
			for (EntityFamily family : corpus.families()) {
				Dictionary dictionary = new Dictionary(false);
				for (EntityValue value : family.values()) {
					for (String name : value.allNames()) {
						List<String> stems = contentStems(Folding.fold(name)).stream().map(Token::stem).toList();
						if (stems.isEmpty()) {
							continue;
						}
						dictionary.put(new StringList(stems.toArray(String[]::new)));
						stemsOfFamily.computeIfAbsent(family.name(), f -> new HashSet<>()).addAll(stems);
						byPhrase.putIfAbsent(family.name() + "|" + String.join(" ", stems), value);
					}
				}
				finders.put(family.name(), new DictionaryNameFinder(dictionary, family.name()));
			}
			this.followUp = pack.followup().isEmpty() ? null
					: Pattern.compile("^[\\p{Punct}¿¡\\s]*(?:" + alternation(pack.followup()) + ")(?![\\p{L}])");
			this.anaphora = pack.anaphora().isEmpty() ? null
					: Pattern.compile("(?<![\\p{L}])(?:" + alternation(pack.anaphora()) + ")(?![\\p{L}])");
		}

		private static SnowballStemmer stemmer(String code) {
			return switch (code) {
				case "es" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.SPANISH);
				case "en" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
				case "pt" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.PORTUGUESE);
				case "fr" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.FRENCH);
				default -> null;
			};
		}

		record Token(String stem, int start, int end) {
		}

		List<Token> contentStems(String folded) {
			List<Token> tokens = new ArrayList<>();
			for (Span span : SimpleTokenizer.INSTANCE.tokenizePos(folded)) {
				String word = folded.substring(span.getStart(), span.getEnd());
				if (!Character.isLetterOrDigit(word.charAt(0)) || stopwords.contains(word)) {
					continue;
				}
				String stem = stemmer == null || word.length() < 4 ? word : stemmer.get().stem(word).toString();
				tokens.add(new Token(stem, span.getStart(), span.getEnd()));
			}
			return tokens;
		}

		List<Mention> names(String folded) {
			List<Token> tokens = contentStems(folded);
			String[] stems = tokens.stream().map(Token::stem).toArray(String[]::new);
			Set<String> present = new HashSet<>(java.util.Arrays.asList(stems));
			List<Mention> found = new ArrayList<>();
			finders.forEach((family, finder) -> {
				if (present.stream().noneMatch(stemsOfFamily.getOrDefault(family, Set.of())::contains)) {
					return;
				}
				for (Span span : finder.find(stems)) {
					String phrase = String.join(" ", java.util.Arrays.copyOfRange(stems, span.getStart(), span.getEnd()));
					EntityValue value = byPhrase.get(family + "|" + phrase);
					if (value != null) {
						int start = tokens.get(span.getStart()).start();
						int end = tokens.get(span.getEnd() - 1).end();
						found.add(Mention.of(family, List.of(value), start, end, folded.substring(start, end)));
					}
				}
			});
			return found;
		}

		boolean startsWithFollowUp(String folded) {
			return followUp != null && followUp.matcher(folded).find();
		}

		boolean refersBack(String folded) {
			return anaphora != null && anaphora.matcher(folded).find();
		}
	}
}
