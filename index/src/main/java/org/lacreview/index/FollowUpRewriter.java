package org.lacreview.index;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * The follow-up stage: reads "¿y por X?" as the previous question with X in place of the value of the same kind
 * it named, so that after "¿cuántos entraron por Zoom?", "¿y por YouTube?" is "¿cuántos entraron por YouTube?".
 */
final class FollowUpRewriter {

	private final EntityExtractor extractor;

	FollowUpRewriter(EntityExtractor extractor) {
		this.extractor = extractor;
	}

	/**
	 * The previous question with this one's values in place of those of the same families, when this one is a
	 * short follow-up ("¿y …?") naming values and the conversation remembers a question; else empty, as it is
	 * when a value named has no counterpart of its kind in the previous question.
	 *
	 * @param extraction what the question names ({@link EntityExtractor#extract})
	 * @param lang the question's language
	 * @param previous the conversation so far
	 * @return the rewritten question, folded as the remembered one is
	 */
	Optional<String> rewrite(Extraction extraction, String lang, DialogState previous) {
		if (!extraction.followUp() || !extraction.isShort() || extraction.mentions().isEmpty()
				|| previous.question().isEmpty()) {
			return Optional.empty();
		}
		String question = previous.question().get();
		Extraction before = extractor.extract(question, lang);
		Map<Mention, Mention> replacements = new TreeMap<>(Comparator.comparingInt(Mention::start).reversed());
		for (Mention now : extraction.mentions()) {
			Optional<Mention> same = before.mentions().stream()
				.filter(m -> m.tag().equals(now.tag()) && !replacements.containsKey(m)).findFirst();
			if (same.isEmpty()) {
				return Optional.empty();
			}
			replacements.put(same.get(), now);
		}
		// From the end of the question backwards, so earlier offsets stay valid.
		StringBuilder out = new StringBuilder(question);
		replacements.forEach((old, now) -> out.replace(old.start(), old.end(), now.text()));
		return Optional.of(out.toString());
	}
}
