package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * One end of a time between two dates said by a word pointing back ("el fin de esas
 * consultas"): the dated value the last answer was about. The other end the question
 * names itself, or by a span name ({@link SpanEnds}). Built once per engine.
 */
final class PointedEnds {

	private final Corpus corpus;

	/** Per language, the words pointing back ({@code anaphora}), as whole words. */
	private final Map<String, Pattern> pointers = new HashMap<>();

	PointedEnds(Corpus corpus) {
		this.corpus = corpus;
		corpus.languages().forEach((code, pack) -> {
			Pattern pattern = Phrases.wholeWords(pack.anaphora().stream().map(Folding::fold).toList());
			if (pattern != null) {
				pointers.put(code, pattern);
			}
		});
	}

	/**
	 * The question (folded) with its first word pointing back ("esas", "that") replaced
	 * by the first name of the one dated value the last answer was about: "¿cuántos días
	 * hubo entre el fin de esas consultas y el inicio de la reunión?" after an answer
	 * about the consultations with civil society counts from their end. Only when it asks
	 * a time between two dates or days added up ({@code asksDays}) and names one other
	 * dated value itself; empty otherwise.
	 */
	Optional<String> pointedEnd(Extraction extraction, String language, boolean asksDays, DialogState previous) {
		Optional<Set<String>> dated = SpanEnds.oneDated(extraction, asksDays);
		Pattern pointer = pointers.get(language);
		if (dated.isEmpty() || pointer == null || !extraction.refersBack()) {
			return Optional.empty();
		}
		List<EntityValue> last = previous.values()
			.entrySet()
			.stream()
			.flatMap(e -> e.getValue()
				.stream()
				.map(id -> corpus.family(e.getKey()).flatMap(f -> f.value(id)))
				.flatMap(Optional::stream))
			.filter(v -> v.date().isPresent())
			.toList();
		if (last.size() != 1 || dated.get().contains(SpanEnds.key(last.get(0)))) {
			return Optional.empty();
		}
		String folded = extraction.folded();
		Matcher word = pointer.matcher(folded);
		Optional<String> name = SpanEnds.firstName(last.get(0), language);
		if (!word.find() || name.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(folded.substring(0, word.start()) + name.get() + folded.substring(word.end()));
	}

}
