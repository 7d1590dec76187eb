package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;

/**
 * Resolves "the day before", "el día siguiente", "la veille": against the day named right
 * after the phrase ("the day before the last day", "la veille du 28 avril"), else against
 * the day the question named before it ("on the 28th compared with the day before"), else
 * against the day the previous turn was about ("¿y el día anterior?" after a question on
 * the 27th). With neither, the phrase names a day the bot cannot tell, a mention without
 * values, so the question falls back.
 */
final class RelativeDays {

	/**
	 * What may stand between the phrase and its anchor: a word or two ("of the", "al",
	 * "du").
	 */
	private static final Pattern GAP = Pattern.compile("[\\p{L}'\\s]{0,12}");

	private final Corpus corpus;

	private final DateResolver resolver;

	RelativeDays(Corpus corpus, DateResolver resolver) {
		this.corpus = corpus;
		this.resolver = resolver;
	}

	/**
	 * @param candidates every other mention of the question (dates, and days named by
	 * order, "the last day")
	 * @param remembered the values of the previous turn, by family, as ids
	 */
	List<Mention> resolve(String folded, List<DateFinder.Relative> relatives, List<Mention> candidates,
			Map<String, List<String>> remembered) {
		List<Mention> resolved = new ArrayList<>();
		for (DateFinder.Relative relative : relatives) {
			Optional<Mention> anchor = candidates.stream()
				.filter(m -> m.start() >= relative.end()
						&& GAP.matcher(folded.substring(relative.end(), m.start())).matches())
				.filter(m -> m.values().stream().anyMatch(v -> v.date().isPresent()))
				.min(Comparator.comparingInt(Mention::start));
			// "on the 28th compared with the day before": the day the question named
			// earlier, when none follows the phrase.
			Optional<Mention> earlier = anchor.isPresent() ? Optional.empty() : candidates.stream()
				.filter(m -> m.end() <= relative.start())
				.filter(m -> m.values().stream().anyMatch(v -> v.date().filter(DateSpan::isSingleDay).isPresent()))
				.max(Comparator.comparingInt(Mention::end));
			if (anchor.isPresent()) {
				int end = anchor.get().end();
				resolved
					.add(Mention.of(EntityExtractor.DATE, resolver.shifted(anchor.get().values(), relative.offset()),
							relative.start(), end, folded.substring(relative.start(), end)));
			}
			else if (earlier.isPresent()) {
				resolved
					.add(Mention.of(EntityExtractor.DATE, resolver.shifted(earlier.get().values(), relative.offset()),
							relative.start(), relative.end(), folded.substring(relative.start(), relative.end())));
			}
			else {
				resolved.add(Mention.of(EntityExtractor.DATE,
						resolver.shifted(rememberedDays(remembered), relative.offset()), relative.start(),
						relative.end(), folded.substring(relative.start(), relative.end())));
			}
		}
		return resolved;
	}

	private List<EntityValue> rememberedDays(Map<String, List<String>> remembered) {
		List<EntityValue> values = new ArrayList<>();
		remembered.forEach((family, ids) -> corpus.family(family)
			.ifPresent(f -> ids.forEach(id -> f.value(id).filter(v -> v.date().isPresent()).ifPresent(values::add))));
		return values;
	}

}
