package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;

import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * The follow-up stage: reads "¿y por X?" as the previous question with X in place of the
 * value of the same kind it named, so that after "¿cuántos entraron por Zoom?", "¿y por
 * YouTube?" is "¿cuántos entraron por YouTube?"; and a bare ordinal ("¿y el segundo?") as
 * a position among the values of the previous answer's family.
 */
final class FollowUpRewriter {

	private final EntityExtractor extractor;

	private final Corpus corpus;

	private final NamesHolding namesHolding;

	private final OrderWordFollowUps orderWords;

	/**
	 * The most stop words a follow-up may say besides the values it names and still be
	 * read as the previous question about them: "¿y la de la sociedad civil?" says four
	 * ("y la de la").
	 */
	static final int MAX_STOP_WORDS = 5;

	/**
	 * Per language, the words that say nothing of their own in a follow-up: its stop
	 * words and the words a follow-up starts with ("y", "and"), folded.
	 */
	private final Map<String, Set<String>> sayingNothing = new HashMap<>();

	FollowUpRewriter(EntityExtractor extractor, Corpus corpus) {
		this.extractor = extractor;
		this.corpus = corpus;
		this.namesHolding = new NamesHolding(corpus);
		corpus.languages().forEach((code, pack) -> {
			Set<String> saying = new HashSet<>(pack.foldedStopwords());
			pack.followup().forEach(w -> saying.add(Folding.fold(w)));
			sayingNothing.put(code, Set.copyOf(saying));
		});
		this.orderWords = new OrderWordFollowUps(corpus, sayingNothing);
	}

	/**
	 * What the question names, read in the conversation: with the value an ordinal or
	 * number points to ({@link OrderWordFollowUps#withOrderWord}, skipped when
	 * {@code ordinalNamesNoValue}: the ordinal is then a rank the next stage computes, or
	 * a duration's verb, "how many days did it last?"), then as the previous question
	 * about the values it names ({@link #rewrite}), unless {@code computes}: a question
	 * asking a computation of its own ("¿y cuántos días antes de la reunión terminaron?")
	 * is no repeat of the previous one, and the computation stage reads it as written.
	 * @param extraction what the question as written names
	 * ({@link EntityExtractor#extract(String, String, Map)})
	 */
	Extraction inContext(Extraction extraction, String lang, DialogState previous, boolean ordinalNamesNoValue,
			boolean computes) {
		Extraction read = extraction;
		Optional<String> ordinal = ordinalNamesNoValue ? Optional.empty()
				: orderWords.withOrderWord(read, lang, previous);
		if (ordinal.isPresent()) {
			read = extractor.extract(ordinal.get(), lang, previous.values());
		}
		Optional<String> rewritten = computes ? Optional.empty() : rewrite(read, lang, previous);
		return rewritten.isPresent() ? extractor.extract(rewritten.get(), lang, previous.values()) : read;
	}

	/**
	 * Whether the question is short ({@link Extraction#isShort}) or says, besides the
	 * values it names, nothing but stop words of {@code lang}, the words a follow-up
	 * starts with and words of the previous question {@code before} (its question word
	 * said again: "y cuándo la de ceramica?" after "cuándo fue el taller de cocina?"), at
	 * most {@value #MAX_STOP_WORDS} of them.
	 */
	private boolean brief(Extraction extraction, String lang, Extraction before) {
		List<String> words = extraction.wordsOutsideMentions();
		Set<String> nothing = sayingNothing.getOrDefault(lang, Set.of());
		Set<String> said = Set.copyOf(wordsBesidesValues(before));
		return extraction.isShort() || words.size() <= MAX_STOP_WORDS
				&& words.stream().allMatch(w -> nothing.contains(w) || said.contains(w));
	}

	/**
	 * Whether the follow-up says, besides its values, a word of its own that the previous
	 * question does not ("and ECLAC's website?" after "what was IOM's role?"): it asks
	 * that, not the previous question of another value. Stop words, the words a follow-up
	 * starts with, ordinals and numbers say nothing of their own.
	 */
	private boolean saysItsOwn(Extraction extraction, Extraction before, String lang) {
		Set<String> nothing = sayingNothing.getOrDefault(lang, Set.of());
		Set<String> asked = Set.copyOf(wordsBesidesValues(before));
		return wordsBesidesValues(extraction).stream()
			.anyMatch(w -> w.length() > LONGEST_PARTICLE && !nothing.contains(w) && !asked.contains(w)
					&& !orderWords.isOrdinal(w) && !w.chars().allMatch(Character::isDigit));
	}

	/**
	 * The longest word that says nothing of its own whatever it is: one or two letters
	 * ("s" of "ECLAC's", "de", "to") are particles, many of them no stop word.
	 */
	private static final int LONGEST_PARTICLE = 2;

	/**
	 * The question's words outside every value it names, masked or not ("youtube" is a
	 * value, though the classifier sees it as a word).
	 */
	private static List<String> wordsBesidesValues(Extraction extraction) {
		StringBuilder text = new StringBuilder(extraction.folded());
		extraction.mentions().forEach(m -> text.replace(m.start(), m.end(), " ".repeat(m.end() - m.start())));
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** The question marks, stops and spaces that end a question. */
	private static final Pattern TRAILING = Pattern.compile("[?¿!¡.\\s]+$");

	/**
	 * Whether the value {@code now} names goes beside those of the previous question
	 * ({@code before}) rather than in place of one: "and the day after?" after "how many
	 * on Zoom?" (answered over every day, by an intent with no slot) asks about Zoom on
	 * that day. Only a date or a dated value named otherwise ("el último día"), which any
	 * figure given per day can be asked on (a stakeholder group named after YouTube's
	 * viewers starts a new question), and only after a question that named values, of
	 * other families than the date's: "¿y el 28?" after "¿quién organizó la reunión?" is
	 * no question about the organisers, and after an answer about one value of a slot the
	 * next stage reads it.
	 */
	private boolean addsTo(Extraction before, Mention now, DialogState previous) {
		Set<String> families = now.values().stream().map(EntityValue::family).collect(Collectors.toSet());
		boolean slotless = previous.intent().flatMap(corpus::intent).filter(i -> i.slot().isEmpty()).isPresent();
		boolean dated = now.isDate()
				|| !now.values().isEmpty() && now.values().stream().allMatch(v -> v.date().isPresent());
		return slotless && dated && !families.isEmpty() && !before.mentions().isEmpty() && before.mentions()
			.stream()
			.noneMatch(
					m -> m.tag().equals(now.tag()) || m.values().stream().anyMatch(v -> families.contains(v.family())));
	}

	/**
	 * The previous question with this one's values in place of those of the same families
	 * (or a date beside them: {@link #addsTo}), when this one is a short follow-up ("¿y
	 * …?") naming values and the conversation remembers a question; else empty, as it is
	 * when a value named has no counterpart of its kind in the previous question.
	 * @param extraction what the question names ({@link EntityExtractor#extract})
	 * @param lang the question's language
	 * @param previous the conversation so far
	 * @return the rewritten question, folded as the remembered one is
	 */
	Optional<String> rewrite(Extraction extraction, String lang, DialogState previous) {
		if (!extraction.followUp() || extraction.mentions().isEmpty() || previous.question().isEmpty()) {
			return Optional.empty();
		}
		String question = previous.question().get();
		Extraction before = extractor.extract(question, lang);
		if (!brief(extraction, lang, before) || saysItsOwn(extraction, before, lang)) {
			return Optional.empty();
		}
		Map<Mention, Mention> replacements = new TreeMap<>(Comparator.comparingInt(Mention::start).reversed());
		Map<Mention, String> named = new TreeMap<>(Comparator.comparingInt(Mention::start).reversed());
		List<Mention> added = new ArrayList<>();
		for (Mention now : extraction.mentions()) {
			Optional<Mention> same = before.mentions()
				.stream()
				.filter(m -> m.tag().equals(now.tag()) && !replacements.containsKey(m))
				.findFirst();
			Optional<Map.Entry<Mention, String>> kindOf = same.isPresent() ? Optional.empty()
					: namesHolding.valueNamedAfter(now, before, lang, replacements.keySet());
			if (same.isPresent()) {
				replacements.put(same.get(), now);
			}
			else if (kindOf.isPresent()) {
				named.put(kindOf.get().getKey(), kindOf.get().getValue());
			}
			else if (addsTo(before, now, previous)) {
				added.add(now);
			}
			else {
				return Optional.empty();
			}
		}
		// From the end of the question backwards, so earlier offsets stay valid.
		StringBuilder out = new StringBuilder(question);
		Map<Mention, String> texts = new TreeMap<>(Comparator.comparingInt(Mention::start).reversed());
		replacements.forEach((old, now) -> texts.put(old, now.text()));
		texts.putAll(named);
		texts.forEach((old, text) -> out.replace(old.start(), old.end(), text));
		if (!added.isEmpty()) {
			String asked = TRAILING.matcher(out).replaceAll("");
			out.setLength(0);
			out.append(asked);
			added.forEach(now -> out.append(' ').append(now.text()));
			out.append('?');
		}
		return Optional.of(out.toString());
	}

}
