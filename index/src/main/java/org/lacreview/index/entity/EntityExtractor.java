package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The entity stage: finds the entities a question names. Names of values are matched by
 * {@link ValueNameFinder} (OpenNLP's dictionary finder over stemmed content words:
 * "universidades" finds the value named "universidad"); "área 5" and "el último día" by
 * {@link NumberedValueFinder} (OpenNLP's regex finder with patterns built from the
 * corpus's ordinals, number signs and number words); dates and years by
 * {@link DateFinder} (only for a corpus with dated values), then "the day before" by
 * {@link RelativeDays}. Overlaps keep the longest mention. "Los tres días" of a family of
 * three is read apart ({@link #wholeFamilies}); names that hold only in a list of a
 * family's values by {@link ListedNames}. Whether the question leans on the previous turn
 * ("¿y …?", "ese día") is read by {@link ConversationCues}.
 */
public final class EntityExtractor {

	static final String DATE = "date";

	static final String YEAR = "year";

	private final Corpus corpus;

	private final Map<String, ValueNameFinder> names = new HashMap<>();

	private final Map<String, ConversationCues> cues = new HashMap<>();

	/**
	 * Empty for a corpus without dated values: then nothing in a question is read as a
	 * date ("the 15.04 upgrade").
	 */
	private final Optional<DateFinder> dates;

	private final Optional<RelativeDays> relativeDays;

	private final Set<String> slotFamilies = new HashSet<>();

	private final NumberedValueFinder numbered;

	private final TopValuesFinder top;

	private final WholeFamilyFinder wholeFamilies;

	private final ListedNames listed;

	/** An extractor whose list names hold only beside another value of their family. */
	public EntityExtractor(Corpus corpus) {
		this(corpus, (other, value) -> false);
	}

	/**
	 * @param givesFigure whether a value's texts give another value a figure of its own:
	 * a list name ({@link ListedNames}) of the second holds anywhere in a question naming
	 * the first
	 */
	public EntityExtractor(Corpus corpus, BiPredicate<EntityValue, EntityValue> givesFigure) {
		this.corpus = corpus;
		corpus.intents().forEach(i -> i.slot().ifPresent(slotFamilies::add));
		corpus.languages().values().forEach(pack -> {
			names.put(pack.code(), new ValueNameFinder(pack, corpus));
			cues.put(pack.code(), new ConversationCues(pack));
		});
		this.dates = DateFinder.forCorpus(corpus, this::valuesOnDates);
		this.relativeDays = dates.map(d -> new RelativeDays(corpus, d.resolver()));
		this.numbered = new NumberedValueFinder(corpus);
		this.top = new TopValuesFinder(corpus);
		this.wholeFamilies = new WholeFamilyFinder(corpus);
		this.listed = new ListedNames(corpus, givesFigure);
	}

	/** As {@link #extract(String, String, Map)} for a question with no previous turn. */
	public Extraction extract(String question, String language) {
		return extract(question, language, Map.of());
	}

	/**
	 * What {@code question} names, and the question with those values masked
	 * ({@link Extraction}).
	 * @param language the question's language; a language the corpus lacks is read as the
	 * default one
	 * @param remembered the values the previous turn was about, by family, as ids: what
	 * "the day before" counts from when the question names no day
	 */
	public Extraction extract(String question, String language, Map<String, List<String>> remembered) {
		return extract(question, language, remembered, true);
	}

	/**
	 * What an intent's example names, as {@link #extract(String, String)} but without the
	 * list names that hold by what another value's text counts ({@link ListedNames}):
	 * "representantes de la ONU" in an example stays words, as the classifier was trained
	 * on it; a question reads it as the group beside the event that counts them.
	 */
	public Extraction extractExample(String text, String language) {
		return extract(text, language, Map.of(), false);
	}

	private Extraction extract(String question, String language, Map<String, List<String>> remembered,
			boolean namesByFigures) {
		String folded = Folding.fold(question);
		String known = names.containsKey(language) ? language : corpus.info().defaultLanguage();
		List<Mention> candidates = new ArrayList<>();
		Optional<DateFinder.Found> found = dates.map(d -> d.find(folded, language));
		found.ifPresent(f -> candidates.addAll(f.mentions()));
		List<Mention> byNumber = numbered.find(folded);
		candidates.addAll(byNumber);
		List<Mention> topFound = top.find(folded);
		candidates.addAll(topFound);
		candidates.addAll(names.get(known).names(folded));
		if (found.isPresent() && relativeDays.isPresent()) {
			candidates.addAll(relativeDays.get().resolve(folded, found.get().relative(), candidates, remembered));
		}
		List<Mention> chosen = longestWithoutOverlap(candidates);
		// "and the other speaker?": "other" is no name of the value "others" there.
		chosen.removeIf(m -> cues.get(known).withinOtherWords(folded, m.start(), m.end()));
		// "which other activities were planned?": "other" before a noun is more of
		// that noun, not the value "others".
		chosen.removeIf(m -> !m.isDate() && (cues.get(known).anotherKindOfNext(folded, m.start(), m.end())
				|| cues.get(known).withinCompanions(folded, m.start(), m.end())));
		chosen.removeIf(m -> byNumber.contains(m) && names.get(known).partOfNext(m, chosen, folded));
		// "Talleres o charlas: ¿cuál de los dos grupos tuvo más?": as many of the family
		// as the values named by name are those values, not the family's largest.
		chosen.removeIf(m -> topFound.contains(m) && chosen.stream()
			.filter(o -> o != m && !topFound.contains(o) && o.tag().equals(m.tag()))
			.mapToInt(o -> o.values().size())
			.sum() == m.values().size());
		// "el primer día de la reunión": the day named is the meeting's, which only says
		// whose day it is.
		List<Mention> containers = chosen.stream()
			.filter(byNumber::contains)
			.map(m -> names.get(known).containerOf(m, chosen, folded))
			.flatMap(Optional::stream)
			.toList();
		chosen.removeAll(containers);
		// "las consultas con los talleres y con la feria": the second named with the
		// first's head elided.
		List<Mention> read = new ArrayList<>(chosen);
		chosen.replaceAll(m -> names.get(known).withElidedHead(m, read, folded).orElse(m));
		// "trabajadores y parlamentarios": a name that holds only in such a list.
		List<Mention> inLists = listed.find(folded, known, chosen, namesByFigures);
		if (!inLists.isEmpty()) {
			chosen.addAll(inLists);
			chosen.sort(Comparator.comparingInt(Mention::start));
		}
		return new Extraction(folded, mask(folded, chosen, slotFamilies), chosen,
				cues.get(known).startsWithFollowUp(folded), cues.get(known).refersBack(folded));
	}

	/**
	 * The families {@code folded} (a folded question) names every value of by their count
	 * ("los tres días" of three days, {@link WholeFamilyFinder}), with those values. Not
	 * mentions: the same words in examples ("durante tres días") say how long something
	 * lasted, and masking them there moved the classifier; a computation uses them. A
	 * count said without a noun ("¿promedio de los tres?") names every family of that
	 * many values: the conversation tells which one is meant.
	 */
	public Map<String, List<EntityValue>> wholeFamilies(String folded) {
		Map<String, List<EntityValue>> named = new HashMap<>();
		wholeFamilies.find(folded).forEach(m -> named.put(m.tag(), m.values()));
		return named.isEmpty() ? wholeFamilies.findBare(folded) : named;
	}

	/**
	 * The extraction with the words that point back ("ella", "su", "her": the language's
	 * {@code anaphora}) masked as the placeholder of {@code family}, the one family the
	 * previous turn was about, as if the question had named its value: "¿qué hizo ella?"
	 * after an answer about one person reads "¿qué hizo ent_person?", like the examples
	 * that name a person. Unchanged when the question points back at nothing or names a
	 * value itself, or when answers are not selected by the family (its values are not
	 * masked either).
	 */
	public Extraction withAntecedent(Extraction extraction, String language, String family) {
		if (!extraction.refersBack() || extraction.selectedFamilies().contains(family)
				|| !slotFamilies.contains(family)) {
			return extraction;
		}
		String known = names.containsKey(language) ? language : corpus.info().defaultLanguage();
		String masked = cues.get(known)
			.replacingPointers(extraction.masked(), LanguageAnalyzer.ENTITY_PREFIX + family)
			.replaceAll("\\s+", " ")
			.strip();
		return new Extraction(extraction.folded(), masked, extraction.mentions(), extraction.followUp(),
				extraction.refersBack());
	}

	/**
	 * {@code folded} (a question) with its first word pointing back (the language's
	 * {@code anaphora}, outside {@code not_anaphora}: the words
	 * {@link Extraction#refersBack} reads) replaced by {@code replacement}; empty when no
	 * word points back.
	 */
	public Optional<String> withFirstPointerAs(String folded, String language, String replacement) {
		String known = names.containsKey(language) ? language : corpus.info().defaultLanguage();
		return cues.get(known).replacingFirstPointer(folded, replacement);
	}

	private static List<Mention> longestWithoutOverlap(List<Mention> candidates) {
		List<Mention> sorted = new ArrayList<>(candidates);
		// Of two as long, the one naming values the document covers: "day 2" is the
		// second day's name, not the 2nd of a month.
		sorted.sort(Comparator.comparingInt(Mention::length)
			.reversed()
			.thenComparing(m -> !m.isCovered())
			.thenComparingInt(Mention::start));
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
	 * Replaces mentions of families that answers are selected by (and dates) with their
	 * family's placeholder, and anything the document does not cover with
	 * {@code ent_unknown}. Other mentions stay as words: "Zoom" and "YouTube" must remain
	 * different to the classifier.
	 */
	private static String mask(String folded, List<Mention> mentions, Set<String> slotFamilies) {
		StringBuilder masked = new StringBuilder();
		int at = 0;
		for (Mention m : mentions) {
			String placeholder = !m.isCovered() ? "unknown"
					: m.tag().equals(DATE) ? dateFamily(m) : slotFamilies.contains(m.tag()) ? m.tag() : null;
			if (placeholder == null) {
				continue;
			}
			masked.append(folded, at, m.start()).append(" ent_").append(placeholder).append(' ');
			at = m.end();
		}
		return masked.append(folded.substring(at)).toString().replaceAll("\\s+", " ").strip();
	}

	/**
	 * A date stands for the family its values belong to ("ent_day", "ent_event"), or
	 * "ent_date" when mixed.
	 */
	private static String dateFamily(Mention date) {
		Set<String> families = date.values().stream().map(EntityValue::family).collect(Collectors.toSet());
		return families.size() == 1 ? families.iterator().next() : DATE;
	}

	/**
	 * Values whose dates overlap {@code span}, most specific first: "el 2 de mayo"
	 * selects the day, not also the three-day meeting around it; "del 2 al 4" selects
	 * what lies within the range.
	 */
	private List<EntityValue> valuesOnDates(DateSpan span) {
		List<EntityValue> all = new ArrayList<>();
		corpus.families()
			.forEach(f -> f.values()
				.stream()
				.filter(v -> v.date().map(d -> d.overlaps(span)).orElse(false))
				.forEach(all::add));
		List<EntityValue> within = all.stream().filter(v -> span.contains(v.date().get())).toList();
		if (!span.isSingleDay() && !within.isEmpty()) {
			return within;
		}
		long shortest = all.stream().mapToLong(v -> v.date().get().days()).min().orElse(0);
		return all.stream().filter(v -> v.date().get().days() == shortest).toList();
	}

}
