package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * Names of one family that hold the words of another family's value: "consultas con la
 * sociedad civil" (an event) holds "sociedad civil" (a stakeholder group). Used by
 * {@link FollowUpRewriter} to read "¿y la de sociedad civil?" after a question about an
 * event as that event.
 */
final class NamesHolding {

	private final Corpus corpus;

	NamesHolding(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * "¿y la de sociedad civil?" after "¿cuándo fueron las consultas con procesos
	 * regionales?": the value {@code now} names is of another family than the previous
	 * question's, but one value of that question's family has a name holding its words
	 * ("consultas con la sociedad civil"): the follow-up asks about that value, named so.
	 * The previous question's mention to replace and that name, when exactly one value of
	 * one mentioned family has such a name.
	 */
	Optional<Map.Entry<Mention, String>> valueNamedAfter(Mention now, Extraction before, String lang,
			Set<Mention> taken) {
		if (now.isDate()) {
			return Optional.empty();
		}
		Pattern words = wholeWords(now);
		List<Map.Entry<Mention, String>> found = new ArrayList<>();
		for (Mention old : before.mentions()) {
			if (old.isDate() || taken.contains(old) || old.values().isEmpty()) {
				continue;
			}
			corpus.family(old.values().get(0).family())
				.ifPresent(f -> holding(f, words, lang, old.values())
					.forEach(held -> found.add(Map.entry(old, held.getValue()))));
		}
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * "and the one with the potters, when was that?" after the cooking workshop: the
	 * question names no value of {@code family} (the answer's slot), but it names, in
	 * {@code lang}, a value of another family (a craft) whose words exactly one value of
	 * {@code family} in the document has in a name ("workshop with the potters"): that
	 * value, with the mention that named it. Empty when no mention or more than one does,
	 * or one names several values of {@code family}.
	 */
	Optional<Map.Entry<Mention, EntityValue>> heldIn(Extraction extraction, String family, String lang) {
		Optional<EntityFamily> slot = corpus.family(family);
		if (slot.isEmpty()) {
			return Optional.empty();
		}
		List<Map.Entry<Mention, EntityValue>> found = new ArrayList<>();
		for (Mention now : extraction.mentions()) {
			if (now.isDate() || now.values().isEmpty()
					|| now.values().stream().anyMatch(v -> v.family().equals(family))) {
				continue;
			}
			holding(slot.get(), wholeWords(now), lang, List.of())
				.forEach(held -> found.add(Map.entry(now, held.getKey())));
		}
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * The values of {@code family} the document covers, but {@code except}, each with its
	 * first name in {@code lang} (folded) that holds {@code words}; those with none are
	 * left out.
	 */
	private static List<Map.Entry<EntityValue, String>> holding(EntityFamily family, Pattern words, String lang,
			List<EntityValue> except) {
		List<Map.Entry<EntityValue, String>> held = new ArrayList<>();
		family.values()
			.stream()
			.filter(v -> v.inDocument() && !except.contains(v))
			.forEach(v -> v.names()
				.getOrDefault(lang, List.of())
				.stream()
				.map(Folding::fold)
				.filter(name -> words.matcher(name).find())
				.findFirst()
				.ifPresent(name -> held.add(Map.entry(v, name))));
		return held;
	}

	/** The mention's folded text as whole words. */
	private static Pattern wholeWords(Mention mention) {
		return Pattern
			.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Folding.fold(mention.text())) + "(?![\\p{L}\\p{N}])");
	}

}
