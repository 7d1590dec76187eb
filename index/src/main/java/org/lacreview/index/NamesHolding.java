package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
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
		Pattern words = Pattern
			.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Folding.fold(now.text())) + "(?![\\p{L}\\p{N}])");
		List<Map.Entry<Mention, String>> found = new ArrayList<>();
		for (Mention old : before.mentions()) {
			if (old.isDate() || taken.contains(old) || old.values().isEmpty()) {
				continue;
			}
			String family = old.values().get(0).family();
			corpus.family(family)
				.ifPresent(f -> f.values()
					.stream()
					.filter(v -> v.inDocument() && !old.values().contains(v))
					.forEach(v -> v.names()
						.getOrDefault(lang, List.of())
						.stream()
						.map(Folding::fold)
						.filter(name -> words.matcher(name).find())
						.findFirst()
						.ifPresent(name -> found.add(Map.entry(old, name)))));
		}
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

}
